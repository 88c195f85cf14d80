//! The browser at 14,300 cities: what grows with the dataset is refused or bounded, and
//! the keys behind it are answered.

use crate::common;

use common::tmux::Tmux;

#[test]
fn the_grid_table_at_14300_cities_is_refused_at_once_and_q_still_quits() {
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
    t.keys(&["j", "q"]);
    t.assert_exited_cleanly("0");
    let written = std::fs::read_dir(t.dir.path())
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().ends_with(".md"))
        .count();
    assert_eq!(written, 0, "nothing was written");
}
