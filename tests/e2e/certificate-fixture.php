<?php
// Issues (once) the certificates the browser test of the verify page reads: a learner "e2ecertificate" (demo password)
// with a valid diploma and a revoked one (reason given) on the demo DU programme, and empties the verify page's rate
// limit counters. Prints the codes, the learner's id, the PDF hash and the download URL as JSON.
// Run by tests/e2e/certificate.test.ts only. Usage: php tests/e2e/certificate-fixture.php
define('CLI_SCRIPT', true);
$moodledir = getenv('MOODLE_DIR') ?: (getenv('HOME') . '/moodle');
require($moodledir . '/config.php');
require_once($CFG->dirroot . '/user/lib.php');

use local_sens\local\certification\certificate_code;
use local_sens\local\certification\certificate_service;

\core\session\manager::set_user(get_admin());
$user = $DB->get_record('user', ['username' => 'e2ecertificate', 'deleted' => 0]);
if (!$user) {
    $id = user_create_user((object)['username' => 'e2ecertificate', 'password' => 'Sens-Demo-2026!',
        'firstname' => 'Élise', 'lastname' => 'Vérif', 'email' => 'e2ecertificate@example.invalid',
        'auth' => 'manual', 'confirmed' => 1, 'mnethostid' => $CFG->mnet_localhost_id, 'lang' => 'fr']);
    $user = $DB->get_record('user', ['id' => $id], '*', MUST_EXIST);
}
$versionid = (int)$DB->get_field_sql("SELECT MAX(id) FROM {local_sens_progversion} WHERE programme = 'du-cns' AND status = 'published'");
$service = \core\di::get(certificate_service::class);
$decision = ['units' => [['id' => 'donnees.debutant', 'state' => 'validated'], ['id' => 'cybersecurite.debutant',
    'state' => 'exempt']], 'verdict' => ['code' => 'certified', 'reasons' => []]];
$service->issue_many([['userid' => (int)$user->id, 'versionid' => $versionid, 'decision' => $decision]], 0);
$first = $DB->get_record('local_sens_certificate', ['userid' => $user->id, 'versionid' => $versionid, 'replaces' => 0],
    '*', MUST_EXIST);
if ($first->status === 'valid') {
    $service->reissue((int)$first->id, (int)get_admin()->id, 'Nom corrigé / name corrected');
}
$first = $DB->get_record('local_sens_certificate', ['id' => $first->id], '*', MUST_EXIST);
$valid = $DB->get_record('local_sens_certificate', ['id' => $first->replacedby], '*', MUST_EXIST);
\cache::make('local_sens', 'verifyattempts')->purge();
echo json_encode([
    'userid' => (int)$user->id,
    'validid' => (int)$valid->id,
    'valid' => certificate_code::format($valid->code),
    'revoked' => certificate_code::format($first->code),
    'reason' => $first->reason,
    'sha256en' => $valid->sha256en,
    'download' => certificate_service::download_url($valid, 'en')->out(false),
]), "\n";
