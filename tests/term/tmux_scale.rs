//! The browser at 14,300 cities: what grows with the dataset is refused or bounded, and
//! the keys behind it are answered.

use crate::common;

use common::tmux::Tmux;

#[test]
fn the_grid_table_and_a_section_side_by_side_at_14300_cities_stay_bounded_and_q_still_quits() {
    let data = woonbeleid::synth::dataset(woonbeleid::synth::Shape::grid(14_300, 7, 200));
    let keep = tempfile::tempdir().unwrap();
    let ron = keep.path().join("d.ron");
    std::fs::write(&ron, woonbeleid::store::to_ron(&data)).unwrap();
    let t = Tmux::start(
        "scale-grid",
        120,
        40,
        &format!("--fresh --data {}", ron.display()),
    );
    t.wait_for("14300 steden");
    t.keys(&["m"]);
    t.wait_for("Dekking");
    // Before, `y` built a 32 MB table on the key thread first, and larger datasets never
    // got to the refusal: the keys behind it waited.
    t.keys(&["y"]);
    t.wait_for("niet gekopieerd");
    t.keys(&["e"]);
    t.wait_for("niet geschreven");
    // One section in every city: only the columns shown are laid out, and the keys go on
    // being answered; too much text to look for each one's own words, and it says so.
    // Esc then C at once would read as Alt-C: the panes first.
    t.keys(&["Escape"]);
    t.wait_for("3 Tekst");
    t.keys(&["C"]);
    t.wait_all(&["in 14300 teksten · kolom 1–3/14300", "te veel teksten"]);
    t.keys(&["$"]);
    t.wait_for("kolom 14298–14300/14300");
    t.keys(&["y"]);
    t.wait_for("niet gekopieerd");
    t.keys(&["j", "c", "q"]);
    t.assert_exited_cleanly("0");
    let written = std::fs::read_dir(t.dir.path())
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().ends_with(".md"))
        .count();
    assert_eq!(written, 0, "nothing was written");
}
