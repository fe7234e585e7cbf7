<?php
// SENS demo data (README command 1, `npm start`). Idempotent: re-running finds what exists and only adds
// what is missing. Moodle CLI script: config.php comes from $MOODLE_DIR (default ~/moodle).
//
// Steps (each a function, in the file of its part of the demo; each finds what exists before adding); this file
// only calls them in order:
//   1. the course DUCNS-2026: one section for the Initiation, one per domain × level (titles from the programme JSON);
//   2. one real quiz per slot of the programme (one true/false question, complete on pass grade), cm idnumber = slot
//      (course.php);
//   3. the programme imported and published (programme_import_service), the course linked and the quizzes mapped
//      to their slots (mapping_service; the SENS level restrictions follow) (programme.php);
//   4. the promotion cohort and learners from promotion-2026.csv (tool_uploaduser CLI), cohort sync enrolment,
//      staff users and roles, block_competences on the dashboard and the course (people.php); the portfolio
//      activity and the workshop sessions dated (course.php);
//   5. every learner enrolled on the programme (enrolment_service) and four learners put in given states
//      (SENS_DEMO_STATES; enforced, so a re-run undoes what a test did) (states.php), user tours marked seen for
//      demo users (people.php);
//   6. the Mastère and CEC courses of Sousse (sousse.php: grade items mapped to components, teaching sessions with
//      absences, learners in the seeds' states);
//   7. the learners marked by their enrolments computed (pending_service::run_all, what cron's task does), then
//      decision_service::recompute_all(), then each demo learner's stored state is printed (states.php).
define('CLI_SCRIPT', true);
$moodledir = getenv('MOODLE_DIR') ?: (getenv('HOME') . '/moodle');
require($moodledir . '/config.php');
require_once($CFG->libdir . '/clilib.php');
require_once($CFG->dirroot . '/course/lib.php');
require_once($CFG->dirroot . '/cohort/lib.php');
require_once($CFG->dirroot . '/user/lib.php');
require_once($CFG->dirroot . '/my/lib.php');
require_once($CFG->dirroot . '/enrol/cohort/locallib.php');
require_once(__DIR__ . '/people.php');
require_once(__DIR__ . '/course.php');
require_once(__DIR__ . '/programme.php');
require_once(__DIR__ . '/states.php');
require_once(__DIR__ . '/sousse.php');

const SENS_DEMO_COURSE = 'DUCNS-2026';
const SENS_DEMO_COHORT = 'DUCNS-2026';
const SENS_DEMO_PASSWORD = 'Sens-Demo-2026!';
const SENS_DEMO_CSV = __DIR__ . '/promotion-2026.csv';

/** The programme definition the demo course follows (sections and quizzes are named after it). */
const SENS_DEMO_PROGRAMME_FILE = __DIR__ . '/../../rules-engine/programmes/du-cns.json';

\core\session\manager::set_user(get_admin());

$definition = sens_demo_definition();
$cohort = sens_demo_cohort();
$course = sens_demo_course($definition);
$quizzes = sens_demo_quizzes($course, $definition);
$version = sens_demo_programme();
sens_demo_mapping($course, $version, $quizzes);
sens_demo_learners();
sens_demo_enrol_cohort($course, $cohort);
sens_demo_staff($course);
sens_demo_blocks($course);
sens_demo_portfolio($course);
sens_demo_sessions($course);
sens_demo_learner_states($course, $cohort, $version, $quizzes, $definition);
sens_demo_no_user_tours();
sens_demo_sousse();
sens_demo_recompute();
$n = $DB->count_records('cohort_members', ['cohortid' => $cohort->id]);
$e = count_enrolled_users(context_course::instance($course->id), '', 0);
mtrace("demo ready: course {$course->shortname} (id {$course->id}), cohort {$cohort->idnumber} with $n members, $e enrolled");
mtrace('demo learners:');
sens_demo_report();
mtrace('demo learners of Sousse (Mastère, CEC; teacher enseignant sees local/sens/modules.php):');
sens_demo_sousse_report();
