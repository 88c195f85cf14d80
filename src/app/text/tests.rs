use super::*;

#[test]
fn lines_taken_by_their_starts_are_the_lines_of_the_text() {
    for text in ["", "a", "a\n", "\n", "a\n\nbé\n", "één\ntwee\n\n\ndrie"] {
        let starts = line_starts(text);
        let split: Vec<&str> = text.split('\n').collect();
        let taken: Vec<&str> = (0..split.len())
            .map(|n| source_line(text, &starts, n))
            .collect();
        assert_eq!(taken, split, "{text:?}");
        assert_eq!(source_line(text, &starts, split.len()), "");
    }
}
