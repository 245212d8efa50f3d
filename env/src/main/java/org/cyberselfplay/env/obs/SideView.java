package org.cyberselfplay.env.obs;

/** The side-specific part of an observation. */
public sealed interface SideView permits BlueView, RedView {
}
