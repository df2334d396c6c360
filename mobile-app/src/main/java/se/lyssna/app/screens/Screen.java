package se.lyssna.app.screens;

import javafx.scene.Node;

/** A built screen: its root node and, optionally, the node that should get keyboard focus first. */
public record Screen(Node root, Node firstFocus) {
}
