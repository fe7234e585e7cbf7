<?php
// Router for `php -S` serving Moodle (SENS scripts/setup-site.sh).
// Moodle uses "slash arguments" (pluginfile.php/1/..., theme/styles.php/boost/...): the part after the
// script name must reach the script as PATH_INFO. The built-in server does that itself for existing
// scripts; this router only makes it explicit and serves everything else as the server would.
$uri = urldecode(parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH));
$root = $_SERVER['DOCUMENT_ROOT'];
// Benchmarks (tests/bench/dashboard.bench.sh) ask for Moodle's performance footer (DB reads, page time) on their own
// requests only, with a header this development server honours from the loopback address alone.
if (!empty($_SERVER['HTTP_X_SENS_PERF']) && in_array($_SERVER['REMOTE_ADDR'] ?? '', ['127.0.0.1', '::1'], true)) {
    $script = str_ends_with($uri, '/') ? $uri . 'index.php' : $uri;
    if (str_ends_with($script, '.php') && is_file($root . $script)) {
        define('MDL_PERF', true);
        define('MDL_PERFTOFOOT', true);
        $_SERVER['SCRIPT_NAME'] = $script;
        $_SERVER['PHP_SELF'] = $script;
        $_SERVER['SCRIPT_FILENAME'] = $root . $script;
        chdir(dirname($root . $script));
        require($root . $script);
        return true;
    }
}
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
