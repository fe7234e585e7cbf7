<?php
// Empties the attestation sheets of the demo course's workshop sessions (what tests/e2e/workshop-sheet.test.ts
// marked) and recomputes the course's learners, so the demo states are back. Run by the browser test only.
// Usage: php tests/e2e/workshop-reset.php
define('CLI_SCRIPT', true);
$moodledir = getenv('MOODLE_DIR') ?: (getenv('HOME') . '/moodle');
require($moodledir . '/config.php');

$course = $DB->get_record('course', ['shortname' => 'DUCNS-2026'], 'id', MUST_EXIST);
$sessionids = $DB->get_fieldset_select('local_sens_session', 'id', 'courseid = ?', [$course->id]);
if ($sessionids) {
    [$insql, $params] = $DB->get_in_or_equal($sessionids);
    // Co-signatures first: they name the attestations.
    $DB->delete_records_select('local_sens_cosignature',
        "attestationid IN (SELECT id FROM {local_sens_attestation} WHERE sessionid $insql)", $params);
    // Corrections first: they name the attestation they correct.
    $DB->delete_records_select('local_sens_attestation', "sessionid $insql AND corrects IS NOT NULL", $params);
    $DB->delete_records_select('local_sens_attestation', "sessionid $insql", $params);
}
\core\session\manager::set_user(get_admin());
\core\di::get(\local_sens\local\decision\decision_service::class)->recompute_course((int)$course->id);
echo "sheets emptied\n";
