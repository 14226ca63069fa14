CREATE TABLE numbered_like_dead_letter (id integer PRIMARY KEY);
