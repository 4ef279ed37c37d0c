"""A fictional practice: notes varied from the examples, a hidden denial process, its 835s."""
