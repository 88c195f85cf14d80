//! A writer that hands full buffers to a thread of its own, so that formatting the next
//! megabyte and the system call copying the last one into the page cache run at the same
//! time. (Asking the disk to catch up every few megabytes with `sync_data` was tried: no
//! gain measurable on this project's machine.)

use std::io::{self, Write};
use std::sync::mpsc::{Receiver, SyncSender, sync_channel};
use std::thread::JoinHandle;

use crate::parallel;

/// At most four are in use (one filling, two queued, one being written): 1 MiB in all.
/// Chunks of 1 MiB held 4 MiB, more than the RON of a small export, for no measurable
/// gain (10 × 10,000 − 800: 366 vs 370 ms).
const CHUNK: usize = 1 << 18;

pub struct Pipelined<W: Write + Send + 'static> {
    buf: Vec<u8>,
    stage: Stage<W>,
}

enum Stage<W> {
    /// No chunk has filled yet: output that never fills one (a small dataset) is written
    /// at the end, with no thread started.
    Waiting(W),
    Running {
        full: SyncSender<Vec<u8>>,
        empty: Receiver<Vec<u8>>,
        worker: JoinHandle<io::Result<W>>,
    },
    Finished,
}

impl<W: Write + Send + 'static> Pipelined<W> {
    pub fn new(out: W) -> Self {
        Pipelined {
            buf: Vec::with_capacity(CHUNK),
            stage: Stage::Waiting(out),
        }
    }

    /// The writer handed to a thread of its own.
    ///
    /// # Errors
    /// No thread to spare: the write fails (the writer went with the thread that could not
    /// start).
    fn running(mut out: W) -> io::Result<Stage<W>> {
        let (full, chunks) = sync_channel::<Vec<u8>>(2);
        let (give_back, empty) = sync_channel::<Vec<u8>>(3);
        let worker = parallel::background("write", move || {
            for chunk in chunks {
                out.write_all(&chunk)?;
                let mut chunk = chunk;
                chunk.clear();
                let _ = give_back.try_send(chunk);
            }
            out.flush()?;
            Ok(out)
        })?;
        Ok(Stage::Running {
            full,
            empty,
            worker,
        })
    }

    fn send(&mut self) -> io::Result<()> {
        if matches!(self.stage, Stage::Waiting(_))
            && let Stage::Waiting(out) = std::mem::replace(&mut self.stage, Stage::Finished)
        {
            self.stage = Self::running(out)?;
        }
        let Stage::Running { full, empty, .. } = &self.stage else {
            return Err(io::Error::other(crate::strings::cli::WRITER_FINISHED.get()));
        };
        let next = empty
            .try_recv()
            .unwrap_or_else(|_| Vec::with_capacity(CHUNK));
        let chunk = std::mem::replace(&mut self.buf, next);
        if full.send(chunk).is_ok() {
            Ok(())
        } else {
            // The thread stopped: its error says why.
            self.finish().map(|_| ())
        }
    }

    /// Writes what is left, waits for the thread (if one was needed) and hands back the
    /// writer.
    ///
    /// # Errors
    /// The first write error.
    pub fn finish(&mut self) -> io::Result<W> {
        let rest = std::mem::take(&mut self.buf);
        match std::mem::replace(&mut self.stage, Stage::Finished) {
            Stage::Waiting(mut out) => {
                out.write_all(&rest)?;
                out.flush()?;
                Ok(out)
            }
            Stage::Running { full, worker, .. } => {
                if !rest.is_empty() {
                    let _ = full.send(rest);
                }
                drop(full);
                worker.join().unwrap_or_else(|_| {
                    Err(io::Error::other(crate::strings::cli::WRITER_FAILED.get()))
                })
            }
            Stage::Finished => Err(io::Error::other(crate::strings::cli::WRITER_FINISHED.get())),
        }
    }
}

impl<W: Write + Send + 'static> Write for Pipelined<W> {
    fn write(&mut self, data: &[u8]) -> io::Result<usize> {
        self.write_all(data).map(|()| data.len())
    }

    fn write_all(&mut self, mut data: &[u8]) -> io::Result<()> {
        if self.buf.len() + data.len() > CHUNK && !self.buf.is_empty() {
            self.send()?;
        }
        // More than a chunk goes in chunks: one the size of the data would be held, and
        // kept for reuse, besides the data.
        while data.len() > CHUNK {
            let (piece, rest) = data.split_at(CHUNK);
            self.buf.extend_from_slice(piece);
            self.send()?;
            data = rest;
        }
        self.buf.extend_from_slice(data);
        Ok(())
    }

    /// Nothing: the thread writes as chunks fill; `finish` writes the rest.
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

impl<W: Write + Send + 'static> Drop for Pipelined<W> {
    fn drop(&mut self) {
        if let Stage::Running { full, worker, .. } =
            std::mem::replace(&mut self.stage, Stage::Finished)
        {
            drop(full);
            let _ = worker.join();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Sink(std::sync::Arc<std::sync::Mutex<Vec<u8>>>, usize);

    impl Write for Sink {
        fn write(&mut self, data: &[u8]) -> io::Result<usize> {
            let mut all = self.0.lock().unwrap();
            if all.len() + data.len() > self.1 {
                return Err(io::Error::other("full"));
            }
            all.extend_from_slice(data);
            Ok(data.len())
        }
        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn everything_arrives_in_order() {
        let all = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        let mut p = Pipelined::new(Sink(all.clone(), usize::MAX));
        let mut expected = Vec::new();
        for i in 0..300_000u32 {
            let piece = format!("{i},");
            p.write_all(piece.as_bytes()).unwrap();
            expected.extend_from_slice(piece.as_bytes());
        }
        p.write_all(&vec![b'x'; 3 * CHUNK]).unwrap();
        expected.extend_from_slice(&vec![b'x'; 3 * CHUNK]);
        p.finish().unwrap();
        assert_eq!(*all.lock().unwrap(), expected);
    }

    #[test]
    fn a_write_of_many_chunks_is_handed_on_a_chunk_at_a_time() {
        struct Largest(std::sync::Arc<std::sync::Mutex<(Vec<u8>, usize)>>);
        impl Write for Largest {
            fn write(&mut self, data: &[u8]) -> io::Result<usize> {
                let mut seen = self.0.lock().unwrap();
                seen.1 = seen.1.max(data.len());
                seen.0.extend_from_slice(data);
                Ok(data.len())
            }
            fn flush(&mut self) -> io::Result<()> {
                Ok(())
            }
        }
        let seen = std::sync::Arc::default();
        let mut p = Pipelined::new(Largest(std::sync::Arc::clone(&seen)));
        let data: Vec<u8> = (0..5 * CHUNK + 7).map(|i| i as u8).collect();
        p.write_all(b"ab").unwrap();
        p.write_all(&data).unwrap();
        p.finish().unwrap();
        let seen = seen.lock().unwrap();
        assert_eq!(seen.0[2..], data[..]);
        assert!(seen.1 <= CHUNK, "{} bytes at once", seen.1);
    }

    #[test]
    fn full_chunks_are_written_before_the_end() {
        let all = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        let mut p = Pipelined::new(Sink(all.clone(), usize::MAX));
        assert_eq!(p.write(b"abc").unwrap(), 3);
        for _ in 0..3 * CHUNK / 1000 {
            p.write_all(&[b'z'; 1000]).unwrap();
        }
        let start = std::time::Instant::now();
        while all.lock().unwrap().len() < CHUNK {
            assert!(
                start.elapsed() < std::time::Duration::from_secs(5),
                "nothing written before finish"
            );
            std::thread::yield_now();
        }
        assert!(all.lock().unwrap().starts_with(b"abcz"));
        drop(p);
        assert_eq!(
            std::sync::Arc::strong_count(&all),
            1,
            "dropped: the thread is done with the writer"
        );
    }

    #[test]
    fn output_smaller_than_a_chunk_arrives_at_the_end_and_only_then() {
        let all = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        let mut p = Pipelined::new(Sink(all.clone(), usize::MAX));
        p.write_all(b"klein").unwrap();
        assert!(all.lock().unwrap().is_empty(), "held until the end");
        let out = p.finish().unwrap();
        assert_eq!(*all.lock().unwrap(), b"klein");
        drop(out);
        assert!(p.finish().is_err(), "finished once");
        let mut failing = Pipelined::new(Sink(all, 0));
        failing.write_all(b"x").unwrap();
        assert_eq!(failing.finish().err().unwrap().to_string(), "full");
    }

    #[test]
    fn a_failing_write_is_reported() {
        let all = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        let mut p = Pipelined::new(Sink(all, 2 * CHUNK));
        let result = (0..10).try_for_each(|_| p.write_all(&vec![b'y'; CHUNK]));
        let result = result.and_then(|()| p.finish().map(|_| ()));
        assert_eq!(result.unwrap_err().to_string(), "full");
    }
}
