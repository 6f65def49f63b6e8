//! Timestamps: an instant with offset, and a local date-time without one.
//!
//! Providers mix three forms: unix seconds, RFC 3339 with an offset, and a bare
//! `yyyyMMddHHmmss` in their own local time. The first two name an instant ([`Timestamp`]); the
//! last only names a wall-clock reading ([`LocalTimestamp`]) and must not be mistaken for one.

use time::format_description::well_known::Rfc3339;
use time::{Date, Month, OffsetDateTime, PrimitiveDateTime, Time, UtcOffset};

/// An instant (unix seconds on the wire, or RFC 3339 with offset).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Timestamp(pub time::OffsetDateTime);

/// A wall-clock time in the provider's local zone, as `yyyyMMddHHmmss` carries it (no offset).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct LocalTimestamp(pub time::PrimitiveDateTime);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TimestampError {
    #[error("unix time {0} is out of range")]
    OutOfRange(i64),
    #[error("UTC offset of {0} minutes is out of range")]
    Offset(i16),
    #[error("`{text}` is not a valid {format} timestamp")]
    Syntax { text: String, format: &'static str },
    #[error("year {0} cannot be written in a four-digit wire format")]
    Year(i32),
}

impl Timestamp {
    /// The instant `secs` after the epoch, in UTC.
    pub fn from_unix(secs: i64) -> Result<Timestamp, TimestampError> {
        OffsetDateTime::from_unix_timestamp(secs)
            .map(Timestamp)
            .map_err(|_| TimestampError::OutOfRange(secs))
    }

    /// The instant `secs` after the epoch, seen from `offset_minutes` east of UTC, so that
    /// rendering it shows the provider's local clock.
    pub fn from_unix_in_offset(
        secs: i64,
        offset_minutes: i16,
    ) -> Result<Timestamp, TimestampError> {
        Timestamp::from_unix(secs)?.to_offset_minutes(offset_minutes)
    }

    /// The system clock, in UTC.
    pub fn now() -> Timestamp {
        Timestamp(OffsetDateTime::now_utc())
    }

    pub fn unix(&self) -> i64 {
        self.0.unix_timestamp()
    }

    /// The instant `millis` milliseconds after the epoch, in UTC.
    pub fn from_unix_millis(millis: i64) -> Result<Timestamp, TimestampError> {
        let secs = millis.div_euclid(1000);
        let rest = millis.rem_euclid(1000);
        let whole = Timestamp::from_unix(secs).map_err(|_| TimestampError::OutOfRange(millis))?;
        whole
            .0
            .checked_add(time::Duration::milliseconds(rest))
            .map(Timestamp)
            .ok_or(TimestampError::OutOfRange(millis))
    }

    /// Milliseconds since the epoch (a finer fraction is cut off, toward the past).
    pub fn unix_millis(&self) -> i64 {
        let millis = self.0.unix_timestamp_nanos().div_euclid(1_000_000);
        // In range: `OffsetDateTime` spans years ±9999, far inside i64 milliseconds.
        i64::try_from(millis).unwrap_or(i64::MAX)
    }

    pub fn offset_minutes(&self) -> i16 {
        self.0.offset().whole_minutes()
    }

    /// The same instant seen from another offset.
    pub fn to_offset_minutes(&self, offset_minutes: i16) -> Result<Timestamp, TimestampError> {
        let offset = utc_offset(offset_minutes)?;
        self.0
            .checked_to_offset(offset)
            .map(Timestamp)
            .ok_or_else(|| TimestampError::OutOfRange(self.unix()))
    }

    /// The wall-clock reading at this instant in its own offset.
    pub fn local(&self) -> LocalTimestamp {
        LocalTimestamp(PrimitiveDateTime::new(self.0.date(), self.0.time()))
    }

    /// Parses RFC 3339 (`2018-07-25T18:06:05+08:00`), keeping the offset it was written with.
    pub fn parse_rfc3339(text: &str) -> Result<Timestamp, TimestampError> {
        OffsetDateTime::parse(text, &Rfc3339)
            .map(Timestamp)
            .map_err(|_| TimestampError::Syntax {
                text: text.to_owned(),
                format: "RFC 3339",
            })
    }

    /// `2018-07-25T18:06:05+08:00`: always a numeric offset (never `Z`), fractional seconds only
    /// when there are any, because providers compare these texts and expect their own shape.
    pub fn to_rfc3339(&self) -> Result<String, TimestampError> {
        let dt = self.0;
        let date = four_digit_year(dt.year())?;
        let fraction = match dt.nanosecond() {
            0 => String::new(),
            n => format!(".{n:09}").trim_end_matches('0').to_owned(),
        };
        let offset = dt.offset();
        let sign = if offset.is_negative() { '-' } else { '+' };
        Ok(format!(
            "{date}-{:02}-{:02}T{:02}:{:02}:{:02}{fraction}{sign}{:02}:{:02}",
            u8::from(dt.month()),
            dt.day(),
            dt.hour(),
            dt.minute(),
            dt.second(),
            offset.whole_hours().unsigned_abs(),
            offset.minutes_past_hour().unsigned_abs(),
        ))
    }
}

impl LocalTimestamp {
    pub fn new(
        year: i32,
        month: u8,
        day: u8,
        hour: u8,
        minute: u8,
        second: u8,
    ) -> Result<LocalTimestamp, TimestampError> {
        let invalid = || TimestampError::Syntax {
            text: format!("{year:04}-{month:02}-{day:02} {hour:02}:{minute:02}:{second:02}"),
            format: "calendar",
        };
        let month = Month::try_from(month).map_err(|_| invalid())?;
        let date = Date::from_calendar_date(year, month, day).map_err(|_| invalid())?;
        let time = Time::from_hms(hour, minute, second).map_err(|_| invalid())?;
        Ok(LocalTimestamp(PrimitiveDateTime::new(date, time)))
    }

    /// The wall clock at `offset_minutes` east of UTC, `secs` after the epoch.
    pub fn from_unix_in_offset(
        secs: i64,
        offset_minutes: i16,
    ) -> Result<LocalTimestamp, TimestampError> {
        Ok(Timestamp::from_unix_in_offset(secs, offset_minutes)?.local())
    }

    /// The instant this reading names in a zone `offset_minutes` east of UTC.
    pub fn assume_offset_minutes(&self, offset_minutes: i16) -> Result<Timestamp, TimestampError> {
        Ok(Timestamp(self.0.assume_offset(utc_offset(offset_minutes)?)))
    }

    /// Parses `yyyyMMddHHmmss`: exactly fourteen ASCII digits naming a real date and time.
    pub fn parse_compact(text: &str) -> Result<LocalTimestamp, TimestampError> {
        let syntax = || TimestampError::Syntax {
            text: text.to_owned(),
            format: "yyyyMMddHHmmss",
        };
        let bytes = text.as_bytes();
        if bytes.len() != 14 || !bytes.iter().all(u8::is_ascii_digit) {
            return Err(syntax());
        }
        // `get` rather than indexing: no input may panic here.
        let field = |from: usize, len: usize| -> Result<u32, TimestampError> {
            let digits = bytes.get(from..from + len).ok_or_else(syntax)?;
            Ok(digits
                .iter()
                .fold(0, |acc, b| acc * 10 + u32::from(b - b'0')))
        };
        let small = |from: usize| u8::try_from(field(from, 2)?).map_err(|_| syntax());
        let year = i32::try_from(field(0, 4)?).map_err(|_| syntax())?;
        LocalTimestamp::new(
            year,
            small(4)?,
            small(6)?,
            small(8)?,
            small(10)?,
            small(12)?,
        )
        .map_err(|_| syntax())
    }

    /// Parses `yyyy-MM-dd HH:mm:ss`: exactly that shape, ASCII digits, naming a real date and
    /// time (no `T`, no fraction, no offset).
    pub fn parse_datetime(text: &str) -> Result<LocalTimestamp, TimestampError> {
        let syntax = || TimestampError::Syntax {
            text: text.to_owned(),
            format: "yyyy-MM-dd HH:mm:ss",
        };
        let bytes = text.as_bytes();
        let shape = bytes.len() == 19
            && bytes.iter().enumerate().all(|(i, b)| match i {
                4 | 7 => *b == b'-',
                10 => *b == b' ',
                13 | 16 => *b == b':',
                _ => b.is_ascii_digit(),
            });
        if !shape {
            return Err(syntax());
        }
        let compact: String = text.chars().filter(char::is_ascii_digit).collect();
        LocalTimestamp::parse_compact(&compact).map_err(|_| syntax())
    }

    /// `2014-07-24 03:07:50`.
    pub fn to_datetime(&self) -> Result<String, TimestampError> {
        self.written(["-", "-", " ", ":", ":"])
    }

    /// `20091227091010`.
    pub fn to_compact(&self) -> Result<String, TimestampError> {
        self.written([""; 5])
    }

    /// Year (four digits), month, day, hour, minute and second (two each), with `between[i]`
    /// after the i-th.
    fn written(&self, between: [&str; 5]) -> Result<String, TimestampError> {
        let dt = self.0;
        let [a, b, c, d, e] = between;
        Ok(format!(
            "{}{a}{:02}{b}{:02}{c}{:02}{d}{:02}{e}{:02}",
            four_digit_year(dt.year())?,
            u8::from(dt.month()),
            dt.day(),
            dt.hour(),
            dt.minute(),
            dt.second()
        ))
    }
}

fn utc_offset(minutes: i16) -> Result<UtcOffset, TimestampError> {
    UtcOffset::from_whole_seconds(i32::from(minutes) * 60)
        .map_err(|_| TimestampError::Offset(minutes))
}

fn four_digit_year(year: i32) -> Result<String, TimestampError> {
    if (0..=9999).contains(&year) {
        Ok(format!("{year:04}"))
    } else {
        Err(TimestampError::Year(year))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unix_in_offset_renders_local_clock() {
        let ts = Timestamp::from_unix_in_offset(1_532_513_165, 480).unwrap();
        assert_eq!(ts.unix(), 1_532_513_165);
        assert_eq!(ts.to_rfc3339().unwrap(), "2018-07-25T18:06:05+08:00");
        assert_eq!(ts.local().to_compact().unwrap(), "20180725180605");
        assert_eq!(
            Timestamp::from_unix(0).unwrap().to_rfc3339().unwrap(),
            "1970-01-01T00:00:00+00:00"
        );
        let west = Timestamp::from_unix_in_offset(0, -210).unwrap();
        assert_eq!(west.to_rfc3339().unwrap(), "1969-12-31T20:30:00-03:30");
    }

    #[test]
    fn rfc3339_keeps_offset() {
        let ts = Timestamp::parse_rfc3339("2018-07-25T18:06:05+08:00").unwrap();
        assert_eq!(ts.offset_minutes(), 480);
        assert_eq!(ts.unix(), 1_532_513_165);
        assert_eq!(ts.to_rfc3339().unwrap(), "2018-07-25T18:06:05+08:00");
        let frac = Timestamp::parse_rfc3339("2018-07-25T10:06:05.250Z").unwrap();
        assert_eq!(frac.to_rfc3339().unwrap(), "2018-07-25T10:06:05.25+00:00");
        assert!(Timestamp::parse_rfc3339("2018-07-25 18:06:05").is_err());
    }

    #[test]
    fn compact_is_strict() {
        let local = LocalTimestamp::parse_compact("20091227091010").unwrap();
        assert_eq!(local, LocalTimestamp::new(2009, 12, 27, 9, 10, 10).unwrap());
        assert_eq!(local.to_compact().unwrap(), "20091227091010");
        assert_eq!(
            local.assume_offset_minutes(480).unwrap().unix(),
            1_261_876_210
        );
        for bad in [
            "2009122709101",
            "200912270910100",
            "20091327091010",
            "20090230091010",
            "2009122709101x",
            "+0091227091010",
            "２００９1227091010",
        ] {
            assert!(LocalTimestamp::parse_compact(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn datetime_is_strict() {
        let local = LocalTimestamp::parse_datetime("2014-07-24 03:07:50").unwrap();
        assert_eq!(local, LocalTimestamp::new(2014, 7, 24, 3, 7, 50).unwrap());
        assert_eq!(local.to_datetime().unwrap(), "2014-07-24 03:07:50");
        for bad in [
            "2014-07-24T03:07:50",
            "2014-07-24 03:07:5",
            "2014-07-24 03:07:500",
            "2014-02-30 03:07:50",
            "2014-07-24 24:07:50",
            "2014/07/24 03:07:50",
            "20140724030750",
            "2014-07-24 03:07:50+08:00",
            "２014-07-24 03:07:50",
        ] {
            assert!(LocalTimestamp::parse_datetime(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn unix_millis_round_trip_exactly() {
        for millis in [0, 1, 999, 1_000, 1_532_513_165_123, -1, -1_001] {
            let ts = Timestamp::from_unix_millis(millis).unwrap();
            assert_eq!(ts.unix_millis(), millis, "{millis}");
        }
        let ts = Timestamp::from_unix_millis(1_532_513_165_250).unwrap();
        assert_eq!(ts.unix(), 1_532_513_165);
        assert_eq!(
            ts.to_offset_minutes(480).unwrap().to_rfc3339().unwrap(),
            "2018-07-25T18:06:05.25+08:00"
        );
        assert_eq!(
            Timestamp::from_unix_millis(i64::MAX),
            Err(TimestampError::OutOfRange(i64::MAX))
        );
    }

    #[test]
    fn out_of_range_is_an_error() {
        assert_eq!(
            Timestamp::from_unix(i64::MAX),
            Err(TimestampError::OutOfRange(i64::MAX))
        );
        assert_eq!(
            Timestamp::from_unix(0).unwrap().to_offset_minutes(i16::MAX),
            Err(TimestampError::Offset(i16::MAX))
        );
    }
}
