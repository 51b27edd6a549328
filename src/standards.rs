//! The cooperative's own rules that change what a contribution counts for
//! (SPEC §14): stages (a member's work valued at P % for a while) and
//! leavers (a bad leaver's work re-rated for later revenues). Pure: the
//! store loads the facts into [`Standards`], these functions decide, and
//! the engine, the explanation and the contribution list all ask here.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

/// A stage's percent when none is in force: 100 % in hundredths.
pub const FULL_E2: i64 = 10_000;

/// Why a member left (Slicing Pie): a good leaver keeps everything, a bad
/// leaver's work is re-rated for revenues dated on or after the leave.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LeaveReason {
    /// Left with good reason.
    Good,
    /// Left without good reason.
    Bad,
}

impl LeaveReason {
    /// `good` or `bad`.
    pub fn as_str(self) -> &'static str {
        match self {
            LeaveReason::Good => "good",
            LeaveReason::Bad => "bad",
        }
    }
}

impl std::str::FromStr for LeaveReason {
    type Err = String;
    fn from_str(text: &str) -> Result<Self, String> {
        match text {
            "good" => Ok(LeaveReason::Good),
            "bad" => Ok(LeaveReason::Bad),
            other => Err(format!(
                "{} is not a reason for leaving: use good or bad",
                crate::validate::quote_value(other)
            )),
        }
    }
}

/// A stage as defined: its percent and the kinds it scales.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stage {
    /// Percent in hundredths (5000 = 50 %).
    pub percent_e2: i64,
    /// The kinds it scales.
    pub kinds: BTreeSet<String>,
}

/// A change in a member's membership, on a day (`None`: a leave recorded
/// before leaves had dates, in force since always).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Membership {
    /// Left, with a reason.
    Left(Option<i64>, LeaveReason),
    /// Active again.
    Rejoined(Option<i64>),
}

/// How a contribution counts in a policy bucket.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Counted {
    /// Not eligible: a bad leaver's non-money work.
    Not,
    /// Counted at the stage's percent; `multiplier_one`: a bad leaver's
    /// money, counted with multiplier 1.
    As {
        /// Stage percent in hundredths ([`FULL_E2`] without a stage).
        stage_e2: i64,
        /// The multiplier becomes 1.
        multiplier_one: bool,
    },
}

/// The facts stages and leavers are decided from.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Standards {
    /// Stages by code.
    pub stages: BTreeMap<String, Stage>,
    /// Per member, the stage from each day on (`None`: no stage), by day.
    pub spans: BTreeMap<String, Vec<(i64, Option<String>)>>,
    /// Per member, membership changes in the order they were recorded.
    pub membership: BTreeMap<String, Vec<Membership>>,
}

impl Standards {
    /// Whether no stage is set and nobody left with a reason that matters:
    /// every contribution counts as it always did.
    pub fn changes_nothing(&self) -> bool {
        self.spans.is_empty()
            && self
                .membership
                .values()
                .flatten()
                .all(|m| !matches!(m, Membership::Left(_, LeaveReason::Bad)))
    }

    /// The stage in force for `member` on `day`, if any.
    pub fn stage_on(&self, member: &str, day: i64) -> Option<(&str, &Stage)> {
        let spans = self.spans.get(member)?;
        let (_, code) = spans.iter().rev().find(|(from, _)| *from <= day)?;
        let code = code.as_deref()?;
        self.stages.get(code).map(|s| (code, s))
    }

    /// The stage percent applied to `member`'s contribution of `kind` on
    /// `day`: the stage's when in force and scaling that kind, else 100 %.
    pub fn stage_e2(&self, member: &str, kind: &str, day: i64) -> i64 {
        match self.stage_on(member, day) {
            Some((_, stage)) if stage.kinds.contains(kind) => stage.percent_e2,
            _ => FULL_E2,
        }
    }

    /// The bad leave that re-rates `member`'s contribution dated `day` for
    /// a revenue dated `revenue_day`: a leave without good reason dated on
    /// or before the revenue, with the contribution dated before the
    /// member's next rejoining (if any). Returns the leave's day.
    pub fn bad_leave(&self, member: &str, day: i64, revenue_day: i64) -> Option<Option<i64>> {
        let events = self.membership.get(member)?;
        for (i, event) in events.iter().enumerate() {
            let Membership::Left(left, LeaveReason::Bad) = *event else {
                continue;
            };
            if left.is_some_and(|l| l > revenue_day) {
                continue;
            }
            let rejoined = events[i + 1..].iter().find_map(|e| match e {
                Membership::Rejoined(d) => Some(*d),
                Membership::Left(..) => None,
            });
            let before_rejoining = match rejoined {
                None => true,
                Some(None) => false,
                Some(Some(r)) => day < r,
            };
            if before_rejoining {
                return Some(left);
            }
        }
        None
    }

    /// How `member`'s contribution of `kind` (money-measured or not) dated
    /// `day` counts in a policy bucket of a revenue dated `revenue_day`.
    pub fn counted(
        &self,
        member: &str,
        kind: &str,
        money: bool,
        day: i64,
        revenue_day: i64,
    ) -> Counted {
        let rerated = self.bad_leave(member, day, revenue_day).is_some();
        if rerated && !money {
            return Counted::Not;
        }
        Counted::As {
            stage_e2: self.stage_e2(member, kind, day),
            multiplier_one: rerated,
        }
    }

    /// Whether `member` is active on `day` (for `among = "members"`): the
    /// last membership change dated on or before it is not a leave.
    pub fn active_on(&self, member: &str, day: i64) -> bool {
        let Some(events) = self.membership.get(member) else {
            return true;
        };
        let mut active = true;
        for event in events {
            match *event {
                Membership::Left(d, _) if d.is_none_or(|d| d <= day) => active = false,
                Membership::Rejoined(d) if d.is_none_or(|d| d <= day) => active = true,
                _ => {}
            }
        }
        active
    }

    /// Whether `member` left without good reason on or before
    /// `revenue_day` and has not rejoined since: their `peer` weight is 0.
    pub fn bad_leaver_on(&self, member: &str, revenue_day: i64) -> bool {
        !self.active_on(member, revenue_day)
            && self.bad_leave(member, revenue_day, revenue_day).is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn standards() -> Standards {
        let mut s = Standards::default();
        s.stages.insert(
            "dating".into(),
            Stage {
                percent_e2: 5000,
                kinds: ["work".to_string()].into(),
            },
        );
        s.spans
            .insert("ana".into(), vec![(10, Some("dating".into())), (20, None)]);
        s.membership.insert(
            "ben".into(),
            vec![
                Membership::Left(Some(30), LeaveReason::Bad),
                Membership::Rejoined(Some(40)),
            ],
        );
        s.membership.insert(
            "cai".into(),
            vec![Membership::Left(Some(30), LeaveReason::Good)],
        );
        s
    }

    #[test]
    fn a_stage_scales_only_its_kinds_while_in_force() {
        let s = standards();
        assert_eq!(s.stage_e2("ana", "work", 9), FULL_E2);
        assert_eq!(s.stage_e2("ana", "work", 10), 5000);
        assert_eq!(s.stage_e2("ana", "work", 19), 5000);
        assert_eq!(s.stage_e2("ana", "work", 20), FULL_E2);
        assert_eq!(s.stage_e2("ana", "care", 15), FULL_E2);
        assert_eq!(s.stage_e2("ben", "work", 15), FULL_E2);
    }

    #[test]
    fn a_bad_leaver_is_re_rated_from_the_leave_on_until_rejoining() {
        let s = standards();
        // A revenue before the leave: counted as always.
        assert_eq!(
            s.counted("ben", "work", false, 5, 29),
            Counted::As {
                stage_e2: FULL_E2,
                multiplier_one: false
            }
        );
        // From the leave on: work not eligible, money at multiplier 1.
        assert_eq!(s.counted("ben", "work", false, 5, 30), Counted::Not);
        assert_eq!(
            s.counted("ben", "cash", true, 5, 30),
            Counted::As {
                stage_e2: FULL_E2,
                multiplier_one: true
            }
        );
        // Work dated after rejoining counts normally; the re-rating of
        // work before the leave stays.
        assert_eq!(
            s.counted("ben", "work", false, 45, 50),
            Counted::As {
                stage_e2: FULL_E2,
                multiplier_one: false
            }
        );
        assert_eq!(s.counted("ben", "work", false, 5, 50), Counted::Not);
        // A good leaver keeps everything.
        assert_eq!(
            s.counted("cai", "work", false, 5, 50),
            Counted::As {
                stage_e2: FULL_E2,
                multiplier_one: false
            }
        );
        assert!(s.active_on("ben", 29) && !s.active_on("ben", 30) && s.active_on("ben", 40));
        assert!(s.bad_leaver_on("ben", 35) && !s.bad_leaver_on("ben", 45));
        assert!(!s.bad_leaver_on("cai", 35) && !s.active_on("cai", 35));
    }

    #[test]
    fn a_leave_recorded_without_a_date_holds_since_always() {
        let mut s = Standards::default();
        s.membership.insert(
            "dan".into(),
            vec![Membership::Left(None, LeaveReason::Good)],
        );
        assert!(!s.active_on("dan", i64::MIN + 1));
        assert!(s.changes_nothing());
    }
}
