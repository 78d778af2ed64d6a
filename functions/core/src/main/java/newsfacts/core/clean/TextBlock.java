package newsfacts.core.clean;

import newsfacts.core.model.Block;

/** A block of body text before it is laid out in the body string. */
record TextBlock(Block.Kind kind, String text) {
}
