"""Events (舆情事件): grouping items about one incident, their volume over time, merge and split."""
