//! The peers' commands (SPEC §15): GIVE epochs, peer valuation,
//! reputation and community tokens. Each is a few lines over one core
//! call; what the window may see of an open epoch is decided here, from
//! who is signed in: with sign-in on, others' gifts stay hidden until the
//! epoch closes, and a note is for its giver and receiver only.

use tauri::State;

use openvalue::money::format_scaled;
use openvalue::ops::today;
use openvalue::store::{EpochView, Ledger};

use crate::commands::AppState;
use crate::dto::{optional_date, optional_text, *};
use crate::error::{AppError, AppResult};

/// Whole GIVE typed in a form: digits only, within what the core accepts
/// (the core checks the bounds again where it applies the entry).
fn whole_give(field: &'static str, typed: &str) -> AppResult<i64> {
    let typed = typed.trim();
    if typed.is_empty() {
        return Err(AppError::field(field, "type a whole number of GIVE"));
    }
    typed.parse::<u32>().map(i64::from).map_err(|_| {
        AppError::field(
            field,
            format!(
                "{} is not a whole number of GIVE (such as 30)",
                openvalue::text::quote(typed)
            ),
        )
    })
}

/// Who acts: the signed-in member when sign-in is on, else the member
/// chosen in the form (`typed`); none chosen is a clear error at `field`.
fn acting(l: &Ledger, typed: &str, field: &'static str, ask: &str) -> AppResult<String> {
    let who = l
        .signed_in()
        .map(str::to_string)
        .unwrap_or_else(|| typed.trim().to_string());
    if who.is_empty() {
        return Err(AppError::field(field, ask));
    }
    Ok(who)
}

fn give_u32(amount: i64) -> u32 {
    u32::try_from(amount.max(0)).unwrap_or(u32::MAX)
}

/// An epoch as `viewer` may see it.
fn epoch_dto(view: EpochView, sign_in: bool, viewer: Option<&str>) -> EpochDto {
    let hidden = sign_in && !view.closed;
    let mine = |who: &str| viewer == Some(who);
    let gifts = view
        .gives
        .into_iter()
        .filter(|g| !hidden || mine(&g.from))
        .map(|g| {
            let note = (!sign_in || mine(&g.from) || mine(&g.to)).then_some(g.note);
            GiftDto {
                amount: give_u32(g.amount),
                from: g.from,
                to: g.to,
                note,
            }
        })
        .collect();
    let received = if hidden {
        Vec::new()
    } else {
        view.received
            .into_iter()
            .map(|(m, n)| (m, give_u32(n)))
            .collect()
    };
    EpochDto {
        id: view.epoch.id,
        project: view.epoch.project,
        from: view.epoch.from.to_string(),
        to: view.epoch.to.to_string(),
        give: give_u32(view.epoch.give),
        closed: view.closed,
        ended: today() > view.epoch.to,
        hidden,
        gifts,
        received,
    }
}

/// Every epoch, latest first, as the signed-in member may see it.
#[tauri::command]
pub async fn list_epochs(state: State<'_, AppState>) -> AppResult<EpochsDto> {
    state.with(|l| {
        let sign_in = l.sign_in_required()?;
        let viewer = l.signed_in().map(str::to_string);
        let epochs = l
            .epochs(None)?
            .into_iter()
            .map(|v| epoch_dto(v, sign_in, viewer.as_deref()))
            .collect();
        Ok(EpochsDto { epochs })
    })
}

/// Opens a GIVE epoch; returns its id.
#[tauri::command]
pub async fn open_epoch(state: State<'_, AppState>, input: NewEpoch) -> AppResult<String> {
    let from = optional_date("from", &input.from)?
        .ok_or_else(|| AppError::field("from", "choose the epoch's first day"))?;
    let to = optional_date("to", &input.to)?
        .ok_or_else(|| AppError::field("to", "choose the epoch's last day"))?;
    let give = whole_give("give", &input.give)?;
    let id = optional_text(&input.id);
    state.with(|l| Ok(l.open_epoch(input.project.trim(), from, to, give, id.as_deref())?))
}

/// Closes an epoch once it has ended.
#[tauri::command]
pub async fn close_epoch(state: State<'_, AppState>, epoch: String) -> AppResult<()> {
    state.with(|l| Ok(l.close_epoch(&epoch, today())?))
}

/// Sets a member's gifts in an epoch, all at once or none.
#[tauri::command]
pub async fn set_gifts(state: State<'_, AppState>, input: SetGifts) -> AppResult<()> {
    let mut gifts = Vec::with_capacity(input.gifts.len());
    for g in &input.gifts {
        gifts.push((
            g.to.trim().to_string(),
            whole_give("amount", &g.amount)?,
            g.note.trim().to_string(),
        ));
    }
    state.with(|l| {
        let from = acting(l, &input.from, "from", "choose who gives")?;
        Ok(l.give_all(&input.epoch, &from, &gifts)?)
    })
}

/// Values a peer-valued contribution (the signed-in member's valuation
/// when sign-in is on); returns its value now.
#[tauri::command]
pub async fn value_contribution(
    state: State<'_, AppState>,
    input: NewValuation,
) -> AppResult<String> {
    state.with(|l| {
        let by = acting(l, &input.by, "by", "choose who values it")?;
        l.value(input.id.trim(), &by, input.amount.trim())?;
        let value = l
            .peer_value(input.id.trim())?
            .map(|p| p.median.value_minor)
            .unwrap_or(0);
        Ok(l.currency().format(value))
    })
}

/// A member's reputation today, as integer text.
pub(crate) fn reputation_of(l: &Ledger, member: &str) -> AppResult<String> {
    Ok(l.reputations(today())?
        .into_iter()
        .find(|(m, _)| m == member)
        .map(|(_, r)| r.to_string())
        .unwrap_or_default())
}

/// Every member's reputation today.
#[tauri::command]
pub async fn list_reputations(state: State<'_, AppState>) -> AppResult<Vec<ReputationDto>> {
    state.with(|l| {
        Ok(l.reputations(today())?
            .into_iter()
            .map(|(member, r)| ReputationDto {
                member,
                reputation: r.to_string(),
            })
            .collect())
    })
}

/// Tokens, every member's balance and the history of mints and sends.
#[tauri::command]
pub async fn list_tokens(state: State<'_, AppState>) -> AppResult<TokensDto> {
    state.with(|l| {
        let tokens = l
            .tokens()?
            .into_iter()
            .map(|t| TokenDto {
                per_value: openvalue::money::format_trimmed(i128::from(t.per_value_e4), 4),
                code: t.code,
                name: t.name,
                scale: t.scale,
            })
            .collect();
        let balances = l
            .token_balances(None)?
            .into_iter()
            .map(|b| TokenBalanceDto {
                balance: format_scaled(b.balance_minor, b.scale),
                member: b.member,
                token: b.token,
            })
            .collect();
        let mut moves: Vec<TokenMoveDto> = l
            .token_moves()?
            .into_iter()
            .map(|m| TokenMoveDto {
                kind: m.kind.to_string(),
                amount: format_scaled(m.amount_minor, m.scale),
                date: m.date.to_string(),
                id: m.id,
                token: m.token,
                from: m.from,
                to: m.to,
                note: m.note,
            })
            .collect();
        moves.reverse();
        Ok(TokensDto {
            tokens,
            balances,
            moves,
        })
    })
}

/// Defines a token (admin).
#[tauri::command]
pub async fn define_token(state: State<'_, AppState>, input: NewToken) -> AppResult<()> {
    let scale =
        input.scale.trim().parse::<u32>().map_err(|_| {
            AppError::field("scale", "type the number of decimal places, such as 2")
        })?;
    state.with(|l| {
        Ok(l.define_token(
            input.code.trim(),
            &input.name,
            scale,
            input.per_value.trim(),
        )?)
    })
}

/// Sends tokens (the signed-in member's own when sign-in is on); returns
/// the transfer's id.
#[tauri::command]
pub async fn send_tokens(state: State<'_, AppState>, input: NewSend) -> AppResult<String> {
    let date = optional_date("date", &input.date)?.unwrap_or_else(today);
    let token = optional_text(&input.token);
    state.with(|l| {
        let from = acting(l, &input.from, "from", "choose who sends")?;
        Ok(l.send_tokens(
            token.as_deref(),
            &from,
            input.to.trim(),
            input.amount.trim(),
            date,
            &input.note,
        )?)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;
    use openvalue::model::Epoch;
    use openvalue::store::GiveView;

    fn view(closed: bool) -> EpochView {
        let day = |d| NaiveDate::from_ymd_opt(2026, 6, d).expect("date");
        let give = |from: &str, to: &str, amount, note: &str| GiveView {
            from: from.into(),
            to: to.into(),
            amount,
            note: note.into(),
        };
        EpochView {
            epoch: Epoch {
                id: "E1".into(),
                project: "fest".into(),
                from: day(1),
                to: day(30),
                give: 100,
            },
            closed,
            gives: vec![
                give("ana", "ben", 60, "the stage"),
                give("cai", "ana", 30, "rota"),
            ],
            received: [("ana".to_string(), 30), ("ben".to_string(), 60)].into(),
        }
    }

    fn notes(e: &EpochDto) -> Vec<Option<String>> {
        e.gifts.iter().map(|g| g.note.clone()).collect()
    }

    #[test]
    fn with_sign_in_off_everything_shows() {
        let e = epoch_dto(view(false), false, None);
        assert!(!e.hidden);
        assert_eq!(e.gifts.len(), 2);
        assert_eq!(notes(&e), [Some("the stage".into()), Some("rota".into())]);
        assert_eq!(e.received.len(), 2);
    }

    #[test]
    fn with_sign_in_on_an_open_epoch_shows_only_ones_own_gifts() {
        let e = epoch_dto(view(false), true, Some("ana"));
        assert!(e.hidden);
        assert_eq!(
            e.gifts.len(),
            1,
            "cai's gift to ana stays hidden until the close"
        );
        assert_eq!(e.gifts[0].to, "ben");
        assert_eq!(notes(&e), [Some("the stage".into())], "her own note");
        assert!(e.received.is_empty(), "totals would tell who gave what");
    }

    #[test]
    fn once_closed_gifts_show_and_notes_stay_with_giver_and_receiver() {
        let e = epoch_dto(view(true), true, Some("ben"));
        assert!(!e.hidden);
        assert_eq!(e.gifts.len(), 2);
        assert_eq!(
            notes(&e),
            [Some("the stage".into()), None],
            "ben received the first only"
        );
        assert_eq!(e.received.len(), 2);
        let nobody = epoch_dto(view(true), true, None);
        assert_eq!(notes(&nobody), [None, None]);
    }

    #[test]
    fn give_is_typed_as_a_whole_number() {
        assert_eq!(whole_give("amount", " 30 ").expect("30"), 30);
        for bad in ["", "1.5", "-3", "ten", "99999999999"] {
            let e = whole_give("amount", bad).expect_err(bad);
            assert!(!e.message.is_empty(), "{bad}");
        }
    }
}
