//! An equation as a form (buckets as rows) and back to TOML, so a
//! treasurer can build one without learning TOML (issue 13). Both ways go
//! through the `toml` crate; the form is not validated here — the text it
//! gives is checked by [`crate::equation::parse`] like any other.

use serde::{Deserialize, Serialize};

/// An equation's fields as text, as a form shows them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct EquationForm {
    /// The equation's name.
    pub name: String,
    /// Buckets in order.
    pub buckets: Vec<BucketForm>,
}

/// Where a bucket's money goes, as the form's type column.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum BucketKind {
    /// To one fund.
    Fund,
    /// Open reimbursable claims.
    Reimburse,
    /// Open deferred claims.
    Repay,
    /// Members by a policy.
    #[default]
    Policy,
}

/// One bucket's fields as text (empty: not set).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct BucketForm {
    /// Name.
    pub name: String,
    /// "25%" or "rest".
    pub share: String,
    /// Its type.
    pub kind: BucketKind,
    /// The fund's handle (fund buckets).
    pub fund: String,
    /// The policy (policy buckets).
    pub policy: String,
    /// Only these kinds (empty: every eligible kind).
    pub kinds: Vec<String>,
    /// "25%" or an amount (policy buckets).
    pub cap: String,
    /// Weekly decay, "5%" (policy `recent`).
    pub decay: String,
    /// "contributors" or "members" (policy `equal`).
    pub among: String,
}

#[derive(Deserialize)]
struct RawForm {
    name: Option<String>,
    #[serde(default)]
    bucket: Vec<RawBucketForm>,
}

#[derive(Deserialize)]
struct RawBucketForm {
    name: Option<String>,
    share: Option<String>,
    fund: Option<String>,
    reimburse: Option<bool>,
    repay: Option<bool>,
    policy: Option<String>,
    kinds: Option<Vec<String>>,
    cap: Option<String>,
    decay: Option<String>,
    among: Option<String>,
}

/// The form of an equation's text. Refused (with the TOML parser's
/// message) only when the text is not TOML of an equation's shape; a form
/// of an equation with other problems still opens, so they can be fixed.
pub fn form_of(source: &str) -> Result<EquationForm, String> {
    let raw: RawForm = toml::from_str(source).map_err(|e| e.message().trim().to_string())?;
    Ok(EquationForm {
        name: raw.name.unwrap_or_default(),
        buckets: raw
            .bucket
            .into_iter()
            .map(|b| BucketForm {
                kind: if b.fund.is_some() {
                    BucketKind::Fund
                } else if b.reimburse == Some(true) {
                    BucketKind::Reimburse
                } else if b.repay == Some(true) {
                    BucketKind::Repay
                } else {
                    BucketKind::Policy
                },
                name: b.name.unwrap_or_default(),
                share: b.share.unwrap_or_default(),
                fund: b.fund.unwrap_or_default(),
                policy: b.policy.unwrap_or_default(),
                kinds: b.kinds.unwrap_or_default(),
                cap: b.cap.unwrap_or_default(),
                decay: b.decay.unwrap_or_default(),
                among: b.among.unwrap_or_default(),
            })
            .collect(),
    })
}

#[derive(Serialize)]
struct OutForm<'a> {
    #[serde(skip_serializing_if = "str::is_empty")]
    name: &'a str,
    bucket: Vec<OutBucket<'a>>,
}

#[derive(Serialize)]
struct OutBucket<'a> {
    #[serde(skip_serializing_if = "str::is_empty")]
    name: &'a str,
    share: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    fund: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    reimburse: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    repay: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    policy: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    kinds: Option<&'a [String]>,
    #[serde(skip_serializing_if = "Option::is_none")]
    cap: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    decay: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    among: Option<&'a str>,
}

/// Trimmed text, or `None` when empty.
fn set(text: &str) -> Option<&str> {
    Some(text.trim()).filter(|t| !t.is_empty())
}

/// The TOML text of a form: only the keys its bucket types use, in the
/// order the SPEC writes them (comments of an earlier text are not kept).
pub fn source_of(form: &EquationForm) -> String {
    let out = OutForm {
        name: form.name.trim(),
        bucket: form
            .buckets
            .iter()
            .map(|b| {
                let policy = b.kind == BucketKind::Policy;
                let policy_name = if policy { set(&b.policy) } else { None };
                OutBucket {
                    name: b.name.trim(),
                    share: b.share.trim(),
                    fund: if b.kind == BucketKind::Fund {
                        Some(b.fund.trim())
                    } else {
                        None
                    },
                    reimburse: (b.kind == BucketKind::Reimburse).then_some(true),
                    repay: (b.kind == BucketKind::Repay).then_some(true),
                    policy: if policy {
                        Some(policy_name.unwrap_or(""))
                    } else {
                        None
                    },
                    kinds: (b.kind != BucketKind::Fund && !b.kinds.is_empty())
                        .then_some(b.kinds.as_slice()),
                    cap: if policy { set(&b.cap) } else { None },
                    decay: if policy_name == Some("recent") {
                        set(&b.decay)
                    } else {
                        None
                    },
                    among: if policy_name == Some("equal") {
                        set(&b.among)
                    } else {
                        None
                    },
                }
            })
            .collect(),
    };
    // Serializing strings, booleans and arrays of strings cannot fail.
    toml::to_string(&out).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_form_and_its_text_agree_both_ways() {
        let source = "name = \"Own rules\"\n\n[[bucket]]\nname = \"Commons\"\nshare = \"10%\"\nfund = \"commons\"\n\n[[bucket]]\nname = \"Love later\"\nshare = \"10%\"\nrepay = true\n\n[[bucket]]\nname = \"Work\"\nshare = \"rest\"\npolicy = \"recent\"\nkinds = [\"work\", \"care\"]\ncap = \"40%\"\ndecay = \"5%\"\n";
        let form = form_of(source).unwrap();
        assert_eq!(form.name, "Own rules");
        assert_eq!(form.buckets[1].kind, BucketKind::Repay);
        assert_eq!(form.buckets[2].cap, "40%");
        let again = source_of(&form);
        assert_eq!(form_of(&again).unwrap(), form);
        // The text it gives is a valid equation.
        crate::equation::parse("form.toml", &again, None).unwrap();
    }

    #[test]
    fn keys_a_bucket_type_does_not_use_are_left_out() {
        let form = EquationForm {
            name: String::new(),
            buckets: vec![BucketForm {
                name: "Expenses".into(),
                share: "rest".into(),
                kind: BucketKind::Reimburse,
                policy: "lifetime".into(),
                cap: "10%".into(),
                decay: "5%".into(),
                ..BucketForm::default()
            }],
        };
        let text = source_of(&form);
        assert!(text.contains("reimburse = true"), "{text}");
        assert!(
            !text.contains("policy") && !text.contains("cap") && !text.contains("decay"),
            "{text}"
        );
    }

    #[test]
    fn text_that_is_not_an_equation_says_why() {
        assert!(form_of("[[bucket]\nshare = 1").is_err());
        assert!(form_of("bucket = 3").is_err());
    }
}
