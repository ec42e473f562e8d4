"""BelugaDesk's benchmark suite: each figure is the median of interleaved runs next to a bare-Qt baseline
doing the same work in the same run. ``python -m benchmarks`` runs them all and prints the table."""
