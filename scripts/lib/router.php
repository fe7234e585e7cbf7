<?php
// Router for `php -S` serving Moodle (SENS scripts/setup-site.sh).
// Moodle uses "slash arguments" (pluginfile.php/1/..., theme/styles.php/boost/...): the part after the
// script name must reach the script as PATH_INFO. The built-in server does that itself for existing
// scripts; this router only makes it explicit and serves everything else as the server would.
$uri = urldecode(parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH));
$root = $_SERVER['DOCUMENT_ROOT'];
if (preg_match('~^(.*?\.php)(/.*)$~', $uri, $m) && is_file($root . $m[1])) {
    $_SERVER['SCRIPT_NAME'] = $m[1];
    $_SERVER['PHP_SELF'] = $m[1] . $m[2];
    $_SERVER['PATH_INFO'] = $m[2];
    $_SERVER['SCRIPT_FILENAME'] = $root . $m[1];
    chdir(dirname($root . $m[1]));
    require($root . $m[1]);
    return true;
}
return false;
