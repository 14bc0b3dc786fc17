/**
 * The selection-and-naming pass, between the layout engine and the emitter: from a laid-out
 * translation unit and the request's {@link io.jbindgen.select.SelectionPolicy} it computes, as
 * immutable and comparable data ({@link io.jbindgen.select.SelectionPlan}), which declarations are
 * generated and why, which are skipped and why, and the Java name of every generated class and
 * constant. The emitter and the layout reports read the plan; they decide nothing of this again.
 */
package io.jbindgen.select;
