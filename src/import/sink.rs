//! Where an import's dataset goes, city by city and item by item, in output order.

use std::borrow::Cow;
use std::convert::Infallible;

use super::clean;
use super::located::ImportError;
use crate::model::{City, Dataset, Item};

/// A description as the importer hands it on: whole, or a row's cleaned lines still to be
/// joined (`clean::join`: blank lines at either end dropped), so that a large export is not
/// copied into items before it is written.
#[derive(Debug, Clone, Copy)]
pub enum Text<'a> {
    Clean(&'a str),
    Lines(&'a [Cow<'a, str>]),
}

impl Text<'_> {
    #[must_use]
    pub fn to_owned_string(self) -> String {
        match self {
            Text::Clean(s) => s.to_owned(),
            Text::Lines(lines) => clean::join(lines),
        }
    }
}

/// Receives a dataset in order: `begin`, then per city `city`, its `item`s and `end_city`,
/// then `end`.
pub trait Sink {
    type Error;
    /// Whether what the sink received is thrown away when the import fails (a temporary
    /// file that is never renamed): then checking and writing may go together, one pass
    /// instead of two. Otherwise nothing reaches the sink before every input was checked.
    fn discards_on_error(&self) -> bool {
        false
    }
    /// # Errors
    /// The sink's own.
    fn begin(&mut self, chapter: &str) -> Result<(), Self::Error>;
    /// # Errors
    /// The sink's own.
    fn city(&mut self, name: &str) -> Result<(), Self::Error>;
    /// # Errors
    /// The sink's own.
    fn item(&mut self, title: &str, text: Text<'_>, attachment: bool) -> Result<(), Self::Error>;
    /// Everything before byte `offset` of the (single) input has been handed over; said
    /// only by the one-pass import, for a sink that weighs what it holds against what is
    /// still to come.
    fn read_up_to(&mut self, _offset: usize) {}
    /// # Errors
    /// The sink's own.
    fn end_city(&mut self) -> Result<(), Self::Error>;
    /// # Errors
    /// The sink's own.
    fn end(&mut self) -> Result<(), Self::Error>;
}

/// Why an import stopped: bad input, or the sink failed.
#[derive(Debug)]
pub enum Stop<E> {
    Input(ImportError),
    Sink(E),
}

impl<E> From<ImportError> for Stop<E> {
    fn from(e: ImportError) -> Self {
        Stop::Input(e)
    }
}

/// Builds the dataset in memory.
#[derive(Debug, Default)]
pub struct DatasetSink(Dataset);

impl DatasetSink {
    #[must_use]
    pub fn into_dataset(self) -> Dataset {
        self.0
    }
}

impl Sink for DatasetSink {
    type Error = Infallible;

    fn begin(&mut self, chapter: &str) -> Result<(), Infallible> {
        chapter.clone_into(&mut self.0.chapter);
        Ok(())
    }

    fn city(&mut self, name: &str) -> Result<(), Infallible> {
        self.0.cities.push(City {
            name: name.to_owned(),
            items: Vec::new(),
        });
        Ok(())
    }

    fn item(&mut self, title: &str, text: Text<'_>, attachment: bool) -> Result<(), Infallible> {
        if let Some(city) = self.0.cities.last_mut() {
            city.items.push(Item {
                title: title.to_owned(),
                description: text.to_owned_string(),
                attachment,
            });
        }
        Ok(())
    }

    fn end_city(&mut self) -> Result<(), Infallible> {
        Ok(())
    }

    fn end(&mut self) -> Result<(), Infallible> {
        Ok(())
    }
}
