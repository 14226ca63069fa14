CREATE TABLE numbered_like_trace_parent (id integer PRIMARY KEY);
