//! The bundle format: entries carried between laptops (SPEC §12, ADR 10).
//!
//! A bundle file is the 8 bytes `OVBUNDLE`, a format version (u32, little
//! endian), one zstd frame (with its content checksum) holding the
//! MessagePack of a [`Bundle`], and the SHA-256 of every byte before it.
//! The digest and each entry's hash and signature make a damaged,
//! truncated or changed bundle detectable before anything is merged: any
//! changed byte is refused, even one zstd would not notice. Pure bytes in,
//! bytes out; no IO.

use std::io::{Read, Write};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::i18n::{Message, MessageArg};
use crate::journal::Entry;

/// The first bytes of every bundle file.
pub const MAGIC: &[u8; 8] = b"OVBUNDLE";

/// The format version this build writes and reads.
pub const VERSION: u32 = 1;

/// The largest bundle content read (4 GiB): a damaged or hostile file
/// cannot make a merge allocate without end.
pub const MAX_CONTENT: u64 = 4 << 30;

/// How many times larger than its compressed form a bundle's content may
/// be. Journal entries compress about 3 to 6 times (hashes, signatures and
/// ids do not compress); a frame of zeros compresses thousands of times.
/// With [`MAX_CONTENT`] this bounds what a small hostile file can make a
/// merge allocate.
pub const MAX_RATIO: u64 = 64;

/// The content allowed for a bundle of `compressed` bytes: 64 times the
/// compressed size, at least 16 MiB, at most [`MAX_CONTENT`].
pub fn content_limit(compressed: u64) -> u64 {
    compressed
        .saturating_mul(MAX_RATIO)
        .clamp(16 << 20, MAX_CONTENT)
}

/// What a bundle carries.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Bundle {
    /// The ledger's identity: the id of its `ledger_created` entry.
    pub ledger: String,
    /// The cooperative's name, for messages.
    pub name: String,
    /// The device that wrote the bundle.
    pub device: String,
    /// Its entries, in the one order.
    pub entries: Vec<Entry>,
    /// For an invitation file: the new device's id, secret key and label.
    pub invitation: Option<Invitation>,
}

/// A new device's credentials, in an invitation file only.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Invitation {
    /// The invited device's id.
    pub device: String,
    /// Its Ed25519 secret key, hex.
    pub secret: String,
    /// What people call it.
    pub label: String,
}

/// Why bytes are not a bundle this build can read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BundleError {
    /// It does not start like a bundle.
    #[error("this is not an OpenValue bundle")]
    NotABundle,
    /// A newer OpenValue wrote it.
    #[error("a newer OpenValue wrote this bundle (format {0}; this version reads {VERSION}); update OpenValue")]
    Newer(u32),
    /// The file ends before its checksum.
    #[error("the bundle is damaged or incomplete (it is cut short)")]
    CutShort,
    /// Its checksum does not match its content.
    #[error("the bundle is damaged or incomplete (its checksum does not match: it was changed or cut short on the way)")]
    Checksum,
    /// Bytes follow its content.
    #[error("the bundle is damaged or incomplete (unexpected bytes after its content)")]
    TrailingBytes,
    /// The compressed content is damaged or cut short (the decoder's
    /// own words).
    #[error("the bundle is damaged or incomplete ({0})")]
    Damaged(String),
    /// The content is larger than [`content_limit`] allows.
    #[error("the bundle unpacks to more than {0} MiB, far more than its entries could hold (a damaged or hostile file)")]
    TooLarge(u64),
}

impl BundleError {
    /// What is wrong, as a catalogue message (SPEC §16); its English is
    /// this error's `Display`.
    pub fn message(&self) -> Message {
        let damaged = |why: MessageArg| Message::new("err-bundle-damaged").arg("why", why);
        match self {
            BundleError::NotABundle => Message::new("err-bundle-not_a_bundle"),
            BundleError::Newer(format) => Message::new("err-bundle-newer")
                .arg("format", i64::from(*format))
                .arg("version", i64::from(VERSION)),
            BundleError::CutShort => damaged(MessageArg::Key("err-bundle-cut_short")),
            BundleError::Checksum => damaged(MessageArg::Key("err-bundle-checksum")),
            BundleError::TrailingBytes => damaged(MessageArg::Key("err-bundle-trailing")),
            BundleError::Damaged(detail) => damaged(MessageArg::Text(detail.clone())),
            BundleError::TooLarge(mib) => Message::new("err-bundle-too_large").arg("mib", *mib),
        }
    }
}

/// Writes a bundle as bytes.
pub fn encode(bundle: &Bundle) -> Result<Vec<u8>, BundleError> {
    let body = rmp_serde::to_vec(bundle).map_err(|e| BundleError::Damaged(e.to_string()))?;
    let mut out = Vec::with_capacity(body.len() / 4 + 16);
    out.extend_from_slice(MAGIC);
    out.extend_from_slice(&VERSION.to_le_bytes());
    let damaged = |e: std::io::Error| BundleError::Damaged(e.to_string());
    let mut encoder = zstd::stream::Encoder::new(out, 9).map_err(damaged)?;
    encoder.include_checksum(true).map_err(damaged)?;
    encoder.write_all(&body).map_err(damaged)?;
    let mut out = encoder.finish().map_err(damaged)?;
    let digest = Sha256::digest(&out);
    out.extend_from_slice(&digest);
    Ok(out)
}

/// Reads a bundle from bytes; anything damaged is an error, never a
/// partial bundle.
pub fn decode(bytes: &[u8]) -> Result<Bundle, BundleError> {
    if bytes.len() < 12 || &bytes[..8] != MAGIC {
        return Err(BundleError::NotABundle);
    }
    if bytes.len() < 12 + 32 {
        return Err(BundleError::CutShort);
    }
    let mut version = [0u8; 4];
    version.copy_from_slice(&bytes[8..12]);
    let version = u32::from_le_bytes(version);
    if version > VERSION {
        return Err(BundleError::Newer(version));
    }
    if version != VERSION {
        return Err(BundleError::NotABundle);
    }
    let (content, digest) = bytes.split_at(bytes.len() - 32);
    if Sha256::digest(content).as_slice() != digest {
        return Err(BundleError::Checksum);
    }
    let damaged = |e: std::io::Error| BundleError::Damaged(e.to_string());
    let decoder = zstd::stream::Decoder::new(&content[12..]).map_err(damaged)?;
    let limit = content_limit(content.len() as u64);
    let mut body = Vec::new();
    decoder
        .take(limit + 1)
        .read_to_end(&mut body)
        .map_err(damaged)?;
    if body.len() as u64 > limit {
        return Err(BundleError::TooLarge(limit >> 20));
    }
    let mut de = rmp_serde::Deserializer::new(std::io::Cursor::new(&body[..]));
    let bundle = Bundle::deserialize(&mut de).map_err(|e| BundleError::Damaged(e.to_string()))?;
    if de.get_ref().position() != body.len() as u64 {
        return Err(BundleError::TrailingBytes);
    }
    Ok(bundle)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journal::{Hlc, Payload, Stamp, GENESIS_HASH};

    fn sample() -> Bundle {
        let key = ed25519_dalek::SigningKey::from_bytes(&[3; 32]);
        let e = Entry::new(
            &Stamp {
                device: "d",
                device_seq: 1,
                prev_hash: GENESIS_HASH,
                recorded_at: "t".into(),
                hlc: Hlc(1 << 16),
                author: None,
            },
            &Payload::ApprovalsRequiredSet {
                approvals_required: 1,
            },
            &key,
        )
        .unwrap();
        Bundle {
            ledger: "L".into(),
            name: "Coop".into(),
            device: "d".into(),
            entries: vec![e],
            invitation: None,
        }
    }

    #[test]
    fn a_bundle_round_trips() {
        let b = sample();
        assert_eq!(decode(&encode(&b).unwrap()).unwrap(), b);
    }

    #[test]
    fn every_truncation_and_every_flipped_byte_is_refused() {
        let bytes = encode(&sample()).unwrap();
        for cut in 0..bytes.len() {
            assert!(decode(&bytes[..cut]).is_err(), "cut at {cut}");
        }
        for i in 0..bytes.len() {
            let mut flipped = bytes.clone();
            flipped[i] ^= 0x40;
            assert!(decode(&flipped).is_err(), "flip at {i}");
        }
    }

    #[test]
    fn a_decompression_bomb_is_refused_before_it_is_unpacked() {
        // 200 MiB of zeros compress to a few KiB: far beyond 64 times.
        let mut out = Vec::new();
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&VERSION.to_le_bytes());
        let mut encoder = zstd::stream::Encoder::new(out, 19).unwrap();
        encoder.include_checksum(true).unwrap();
        let zeros = vec![0u8; 1 << 20];
        for _ in 0..200 {
            encoder.write_all(&zeros).unwrap();
        }
        let mut out = encoder.finish().unwrap();
        assert!(out.len() < 1 << 20, "{}", out.len());
        let digest = Sha256::digest(&out);
        out.extend_from_slice(&digest);
        assert_eq!(decode(&out), Err(BundleError::TooLarge(16)));
        assert_eq!(content_limit(1 << 30), MAX_CONTENT);
        assert_eq!(content_limit(1 << 20), 64 << 20);
    }

    #[test]
    fn other_files_are_not_bundles() {
        assert_eq!(decode(b"id,date\n1,2\n"), Err(BundleError::NotABundle));
        let mut newer = encode(&sample()).unwrap();
        newer[8] = 9;
        assert_eq!(decode(&newer), Err(BundleError::Newer(9)));
    }
}
