/**
 * JMH benchmarks of generated accessors: each benchmark pair reads or writes the same fields of the
 * same native segment once through a generated view class and once through hand-written
 * {@code VarHandle} code, so the ratio shows what the generated layer costs.
 */
package io.jbindgen.benchmarks;
