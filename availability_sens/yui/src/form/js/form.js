/**
 * JavaScript for the SENS level condition in the availability form: shown read-only, its value kept on save.
 * The SENS activity mapping writes this condition; it is never offered in "Add restriction".
 *
 * @module moodle-availability_sens-form
 */
M.availability_sens = M.availability_sens || {};

/**
 * @class M.availability_sens.form
 * @extends M.core_availability.plugin
 */
M.availability_sens.form = Y.Object(M.core_availability.plugin);

/**
 * Titles of the levels of the course's programme, by unit id.
 *
 * @property titles
 * @type Object
 */
M.availability_sens.form.titles = null;

/**
 * Initialises this plugin.
 *
 * @method initInner
 * @param {Object} titles Level titles by unit id.
 */
M.availability_sens.form.initInner = function(titles) {
    this.titles = titles || {};
};

M.availability_sens.form.getNode = function(json) {
    var unit = json.u || '';
    var title = Object.prototype.hasOwnProperty.call(this.titles, unit) ? this.titles[unit] : unit;
    var node = Y.Node.create('<span class="availability_sens d-flex flex-wrap align-items-center">' +
            '<span class="pe-3"></span><strong class="pe-3"></strong><small class="text-muted"></small></span>');
    node.one('span').set('text', M.util.get_string('label', 'availability_sens'));
    node.one('strong').set('text', title);
    node.one('small').set('text', M.util.get_string('managed', 'availability_sens'));
    // The value is written back unchanged on save.
    node.setData('sensProgramme', json.p || '');
    node.setData('sensUnit', unit);
    return node;
};

M.availability_sens.form.fillValue = function(value, node) {
    value.p = node.getData('sensProgramme');
    value.u = node.getData('sensUnit');
};

M.availability_sens.form.fillErrors = function() {
    // Nothing to choose: never an error.
};
