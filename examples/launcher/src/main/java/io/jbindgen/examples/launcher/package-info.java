/** The example lguest launcher (the README's main job) and its Java guest. */
package io.jbindgen.examples.launcher;
