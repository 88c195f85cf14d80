use super::*;

#[test]
fn items_are_found_by_identity_and_by_position() {
    let c = sample();
    assert_eq!((c.city_count(), c.len()), (3, 3));
    let id = ItemId { city: 2, item: 0 };
    assert_eq!(c.position(id), Some(2));
    assert_eq!(c.id_at(2), Some(id));
    assert_eq!(c.id_at(1), Some(ItemId { city: 0, item: 1 }));
    assert_eq!(c.id_at(3), None);
    assert_eq!(c.get(id).unwrap().title, "B. OVERLEG");
    assert_eq!(c.city_len(1), 0, "a city without items");
    assert!(c.get(ItemId { city: 1, item: 0 }).is_none());
    assert!(c.get(ItemId { city: 9, item: 0 }).is_none());
    assert_eq!(c.city_name(9), "");
}

#[test]
fn texts_titles_and_counts() {
    let c = sample();
    let it = c.get(ItemId { city: 0, item: 1 }).unwrap();
    assert_eq!(
        (c.text(it.id).as_ref(), it.attachment, it.chars),
        ("Eénmaal\nper jaar", true, 16)
    );
    assert_eq!(c.folded_title_at(1), "lokaal woonoverleg");
    assert_eq!(c.folded_city(0), "aalst");
    assert_eq!(c.folded_text(1), "eenmaal\nper jaar");
    let mut steps = Vec::new();
    assert!(c.scan_folded(1, &mut |step| {
        steps.push((
            step.first,
            String::from_utf8_lossy(step.folded).into_owned(),
        ));
        true
    }));
    // Small steps: whole texts each, in order, all of them.
    assert!(
        steps.len() > 1 && steps.iter().all(|(_, s)| s.ends_with('\0')),
        "{steps:?}"
    );
    let joined: String = steps.iter().map(|(_, s)| s.as_str()).collect();
    assert_eq!(joined, "\0eenmaal\nper jaar\0x\0");
    assert_eq!(steps.last().unwrap().0, 2, "each step says where it starts");
    let mut whole = Vec::new();
    c.scan_folded(1 << 20, &mut |step| {
        whole.push((step.first, step.folded.len()));
        true
    });
    assert_eq!(whole, [(0, 20)], "one step holds all");
    assert!(!c.scan_folded(1, &mut |_| false), "a stopped scan says so");
}

#[test]
fn the_dataset_comes_back_as_it_went_in() {
    let data = crate::synth::dataset(crate::synth::Shape::new(300));
    assert_eq!(Catalog::new(data.clone()).to_dataset(), data);
    assert!(Catalog::new(Dataset::default()).is_empty());
}
