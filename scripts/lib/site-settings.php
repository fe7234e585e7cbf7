<?php
// Site settings SENS needs on the demo/test site: nothing loaded from outside, cohort enrolment on.
// Run after install/upgrade by scripts/setup-site.sh; idempotent.
define('CLI_SCRIPT', true);
$moodledir = getenv('MOODLE_DIR') ?: (getenv('HOME') . '/moodle');
require($moodledir . '/config.php');
require_once($CFG->libdir . '/filterlib.php');
require_once($CFG->libdir . '/adminlib.php');

// MathJax is loaded from a CDN by default: disable the filter.
$states = filter_get_global_states();
if (isset($states['mathjaxloader']) && (int)$states['mathjaxloader']->active !== TEXTFILTER_DISABLED) {
    filter_set_global_state('mathjaxloader', TEXTFILTER_DISABLED);
    mtrace('disabled filter_mathjaxloader (CDN)');
}
// Settings that would make the site call out, or that the demo needs.
$settings = [
    ['core', 'updateautocheck', 0],
    ['core', 'registrationpending', 0],
    ['core', 'enablestats', 0],
    ['core', 'enableanalytics', 0],
    ['core', 'enablemobilewebservice', 0],
    ['core', 'enableuserfeedback', 0],
    ['core', 'showcampaigncontent', 0],
    ['core', 'showservicesandsupportcontent', 0],
    ['core', 'enablecompletion', 1],
];
foreach ($settings as [$plugin, $name, $value]) {
    // Only core settings here.
    // Read what is stored (config.php may force $CFG values that differ in type).
    $current = $DB->get_field('config', 'value', ['name' => $name]);
    if ((string)$current !== (string)$value) {
        set_config($name, $value, $plugin === 'core' ? null : $plugin);
        mtrace("set $plugin/$name = $value");
    }
}
// Cohort sync enrolment, used by the demo promotion.
$enabled = array_filter(explode(',', $CFG->enrol_plugins_enabled));
if (!in_array('cohort', $enabled)) {
    $enabled[] = 'cohort';
    set_config('enrol_plugins_enabled', implode(',', $enabled));
    core_plugin_manager::reset_caches();
    mtrace('enabled enrol_cohort');
}

// A minimal French language pack. Moodle's own fr pack is downloaded from outside, which this site never does:
// a langconfig.php in $CFG->dataroot/lang/fr makes 'fr' an installed language (parent '' = core strings fall back
// to English) and our plugins' lang/fr strings are shown to users whose language is fr.
$frdir = $CFG->dataroot . '/lang/fr';
$frconfig = <<<'PHP'
<?php
// Minimal French language pack written by SENS scripts/lib/site-settings.php (core strings fall back to English).
defined('MOODLE_INTERNAL') || die();
$string['thislanguage'] = 'Français';
$string['thislanguageint'] = 'French';
$string['parentlanguage'] = '';
$string['locale'] = 'fr_FR.UTF-8';
$string['localewin'] = 'French_France.1252';
$string['decsep'] = ',';
$string['thousandssep'] = ' ';
$string['iso6391'] = 'fr';
$string['iso6392'] = 'fra';

PHP;
if (!is_file("$frdir/langconfig.php") || file_get_contents("$frdir/langconfig.php") !== $frconfig) {
    check_dir_exists($frdir, true, true);
    file_put_contents("$frdir/langconfig.php", $frconfig);
    get_string_manager()->reset_caches();
    mtrace("installed a minimal fr language pack in the dataroot (lang/fr/langconfig.php)");
}
