//! Fresh per-call values from the system clock and the OS random source.

use super::EncodeContext;
use crate::error::Error;

const ALPHANUMERIC: &[u8; 62] = b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
const NONCE_LEN: usize = 32;

impl EncodeContext {
    /// Now, a random nonce and a random UUID v4 message id.
    ///
    /// Panics only if the operating system cannot provide randomness, in which case no request
    /// could be made safely anyway; [`EncodeContext::try_fresh`] reports it instead.
    pub fn fresh() -> EncodeContext {
        EncodeContext::try_fresh().expect("the OS random source is unavailable")
    }

    /// [`EncodeContext::fresh`], with a failing random source reported as [`Error::Encode`].
    pub fn try_fresh() -> Result<EncodeContext, Error> {
        // One read of the random source for both (a call per request is a system call each).
        let random = random_bytes::<{ 16 + 2 * NONCE_LEN }>()?;
        let (id, pool) = random.split_at(16);
        let mut id_bytes = [0u8; 16];
        id_bytes.copy_from_slice(id);
        Ok(EncodeContext {
            unix_time: time::OffsetDateTime::now_utc().unix_timestamp(),
            nonce: random_alphanumeric(NONCE_LEN, pool)?,
            message_id: uuid_v4(id_bytes),
        })
    }
}

/// Uniform over the 62 characters: bytes at or above 248 (= 4 × 62) are discarded so that no
/// character is more likely than another. `pool` is used first, then the random source as
/// long as characters are missing.
fn random_alphanumeric(len: usize, pool: &[u8]) -> Result<String, Error> {
    let mut out = String::with_capacity(len);
    let take = |bytes: &[u8], out: &mut String| {
        for &byte in bytes {
            if out.len() == len {
                break;
            }
            if byte >= 248 {
                continue;
            }
            out.extend(
                ALPHANUMERIC
                    .get(usize::from(byte % 62))
                    .map(|&c| char::from(c)),
            );
        }
    };
    take(pool, &mut out);
    while out.len() < len {
        take(&random_bytes::<64>()?, &mut out);
    }
    Ok(out)
}

fn random_bytes<const N: usize>() -> Result<[u8; N], Error> {
    let mut bytes = [0u8; N];
    getrandom::getrandom(&mut bytes)
        .map_err(|e| Error::Encode(format!("no randomness for nonce or message id: {e}")))?;
    Ok(bytes)
}

/// RFC 4122 version 4 text (`xxxxxxxx-xxxx-4xxx-Nxxx-xxxxxxxxxxxx`, N one of 8, 9, a, b),
/// written into its one allocation.
fn uuid_v4(mut bytes: [u8; 16]) -> String {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    let mut text = String::with_capacity(36);
    for (i, byte) in bytes.into_iter().enumerate() {
        if matches!(i, 4 | 6 | 8 | 10) {
            text.push('-');
        }
        text.push(char::from(HEX[usize::from(byte >> 4)]));
        text.push(char::from(HEX[usize::from(byte & 0x0f)]));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fresh_values_have_the_promised_shape() {
        let a = EncodeContext::fresh();
        let b = EncodeContext::fresh();
        assert_eq!(a.nonce.len(), 32);
        assert!(a.nonce.bytes().all(|c| c.is_ascii_alphanumeric()));
        assert_ne!(a.nonce, b.nonce);
        assert_ne!(a.message_id, b.message_id);
        assert!(a.unix_time > 1_700_000_000);
        let parts: Vec<&str> = a.message_id.split('-').collect();
        assert_eq!(
            parts.iter().map(|p| p.len()).collect::<Vec<_>>(),
            [8, 4, 4, 4, 12]
        );
        assert!(parts[2].starts_with('4'));
        assert!(matches!(parts[3].as_bytes()[0], b'8' | b'9' | b'a' | b'b'));
    }

    /// A pool of discarded bytes only is topped up from the random source; a pool that
    /// suffices is read in order.
    #[test]
    fn the_nonce_reads_its_pool_then_the_random_source() {
        let from_pool = random_alphanumeric(4, &[0, 61, 248, 255, 62, 1]).unwrap();
        assert_eq!(from_pool, "0z01");
        let topped_up = random_alphanumeric(32, &[255; 64]).unwrap();
        assert_eq!(topped_up.len(), 32);
        assert!(topped_up.bytes().all(|c| c.is_ascii_alphanumeric()));
    }

    #[test]
    fn uuid_layout() {
        assert_eq!(uuid_v4([0xff; 16]), "ffffffff-ffff-4fff-bfff-ffffffffffff");
        assert_eq!(uuid_v4([0; 16]), "00000000-0000-4000-8000-000000000000");
    }
}
