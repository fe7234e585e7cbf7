<?php
// SENS demo (part of create_demo.php): the DU CNS programme imported and published (programme_import_service), the
// course linked to it and its quizzes mapped to their slots (mapping_service; the SENS level restrictions follow).

defined('MOODLE_INTERNAL') || die();

/**
 * The programme imported (validated by the engine) and published, through the référentiel import service.
 *
 * @return stdClass The published version.
 */
function sens_demo_programme(): stdClass {
    $admin = get_admin();
    $version = \core\di::get(\local_sens\local\programme\programme_import_service::class)->import(file_get_contents(SENS_DEMO_PROGRAMME_FILE), (int)$admin->id);
    if ($version->status !== 'published') {
        $version = \core\di::get(\local_sens\local\programme\programme_version_service::class)
            ->publish((int)$version->id, (int)$admin->id);
        mtrace("imported and published {$version->programme} version {$version->version} (id {$version->id})");
    }
    return $version;
}

/**
 * The course linked to the programme and every quiz mapped to its slot (saved only when it differs).
 *
 * @param stdClass $course
 * @param stdClass $version
 * @param array $quizzes slot id => cmid
 */
function sens_demo_mapping(stdClass $course, stdClass $version, array $quizzes): void {
    global $DB;
    $mapping = \core\di::get(\local_sens\local\mapping\mapping_service::class);
    $adminid = (int)get_admin()->id;
    $programme = (string)$version->programme;
    if (\core\di::get(\local_sens\local\mapping\course_link_repository::class)->programme_of((int)$course->id) !== $programme) {
        $mapping->link_course((int)$course->id, $programme, $adminid);
        mtrace("linked {$course->shortname} to $programme");
    }
    // The seed 001 crosswalk enseignement × micro-compétence has no recoverable crosses: no competences mapped.
    $items = [];
    foreach ($quizzes as $slot => $cmid) {
        $items[] = ['cmid' => $cmid, 'slot' => $slot, 'competences' => []];
    }
    $current = \core\di::get(\local_sens\local\mapping\mapping_repository::class)->items((int)$version->id, (int)$course->id);
    $current = array_map(fn($i) => $i['cmid'] . ':' . $i['slot'], $current);
    $wanted = array_map(fn($i) => $i['cmid'] . ':' . $i['slot'], $items);
    sort($wanted);
    sort($current);
    if ($current !== $wanted) {
        $mapping->save((int)$course->id, (int)$version->id, $items, $adminid);
        mtrace('mapped ' . count($items) . " quizzes to the slots of {$programme} version {$version->version}");
    } else {
        // The mapping is there; make the gating match it anyway (SENS level restrictions), as save() would.
        \core\di::get(\local_sens\local\gating\gating_service::class)->sync_course((int)$course->id);
    }
}
