//! The peers' charts (SPEC §15): GIVE received per epoch, and token
//! balances over time. Same fonts, colours and number formats as the other
//! charts; every number printed comes from the exact integers.

use plotters::coord::ranged1d::SegmentValue;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::{
    chart_error, draw_empty, draw_heading, draw_legend, ensure_font, fit, label_step,
    legend_layout, month_text, render, t, text, tick_text, Chart, Format, Painter, FILLS, GRID,
    HEADING_HEIGHT, INK, LINES, MARGIN, MUTED, OTHERS, SMALL_SIZE, TEXT_SIZE, WIDTH,
};
use crate::error::Result;
use crate::money::format_scaled;
use crate::report::{GiveHistory, GiveSeries, TokenHistory, TokenSeries};

const GIVE_PLOT_HEIGHT: u32 = 520;

struct GiveChart<'a> {
    data: &'a GiveHistory,
    /// (legend label, colour, GIVE per epoch), bottom of the stack first.
    layers: Vec<(String, RGBColor, Vec<i64>)>,
    legend_height: u32,
}

/// Draws the GIVE each member received in each epoch of a project,
/// stacked (most received at the bottom), with each member's total in the
/// legend. Up to seven members get a colour; the rest are summed in grey.
pub fn give(data: &GiveHistory, format: Format) -> Result<Chart> {
    ensure_font()?;
    let own = if data.members.len() <= FILLS.len() {
        data.members.len()
    } else {
        FILLS.len() - 1
    };
    let mut layers: Vec<(String, RGBColor, Vec<i64>)> = data.members[..own]
        .iter()
        .enumerate()
        .map(|(i, m)| {
            (
                format!("{}: {} GIVE", m.handle, m.total()),
                FILLS[i].0,
                m.received.clone(),
            )
        })
        .collect();
    let rest = &data.members[own..];
    if !rest.is_empty() {
        let values: Vec<i64> = (0..data.epochs.len())
            .map(|e| {
                rest.iter()
                    .map(|m| m.received.get(e).copied().unwrap_or(0))
                    .sum()
            })
            .collect();
        let total: i64 = values.iter().sum();
        layers.push((
            t(
                "chart-give-others",
                &[("count", rest.len().into()), ("total", total.into())],
            ),
            OTHERS,
            values,
        ));
    }
    let labels: Vec<String> = layers.iter().map(|(l, _, _)| l.clone()).collect();
    let (_, legend_height) = legend_layout(&labels, WIDTH);
    let chart = GiveChart {
        data,
        layers,
        legend_height,
    };
    let height = HEADING_HEIGHT + legend_height + 16 + GIVE_PLOT_HEIGHT;
    render(&chart, (WIDTH, height), format)
}

impl Painter for GiveChart<'_> {
    fn paint<DB: DrawingBackend>(&self, root: &DrawingArea<DB, Shift>) -> Result<()> {
        let data = self.data;
        let total: i64 = data.members.iter().map(GiveSeries::total).sum();
        let open = data.epochs.iter().filter(|e| !e.closed).count();
        draw_heading(
            root,
            &t(
                "chart-give-title",
                &[("project", data.project.as_str().into())],
            ),
            &t(
                "chart-give-subtitle",
                &[
                    ("total", total.into()),
                    ("count", data.epochs.len().into()),
                    ("open", open.into()),
                ],
            ),
        )?;
        let legend: Vec<(String, RGBColor)> = self
            .layers
            .iter()
            .map(|(l, c, _)| (l.clone(), *c))
            .collect();
        draw_legend(root, HEADING_HEIGHT as i32, &legend)?;
        if data.epochs.is_empty() || total == 0 {
            return draw_empty(root, &t("chart-give-empty", &[]));
        }
        let (_, body) = root.split_vertically(HEADING_HEIGHT + self.legend_height + 16);
        let n = data.epochs.len() as i32;
        let per_epoch: Vec<i64> = (0..data.epochs.len())
            .map(|e| {
                self.layers
                    .iter()
                    .map(|(_, _, v)| v.get(e).copied().unwrap_or(0))
                    .sum()
            })
            .collect();
        let max_y = (per_epoch.iter().copied().max().unwrap_or(0) as f64).max(1.0) * 1.08;
        let mut ctx = ChartBuilder::on(&body)
            .margin_left(MARGIN)
            .margin_right(MARGIN * 2)
            .margin_bottom(8)
            .x_label_area_size(56)
            .y_label_area_size(90)
            .build_cartesian_2d((0..n - 1).into_segmented(), 0f64..max_y)
            .map_err(chart_error)?;
        let step = label_step(data.epochs.len());
        let x_label = |v: &SegmentValue<i32>| match v {
            SegmentValue::CenterOf(i) if (*i as usize) % step == 0 => data
                .epochs
                .get(*i as usize)
                .map(|e| format!("{}{}", e.id, if e.closed { "" } else { " *" }))
                .unwrap_or_default(),
            _ => String::new(),
        };
        let y_label = |v: &f64| tick_text(*v);
        ctx.configure_mesh()
            .disable_x_mesh()
            .light_line_style(WHITE)
            .bold_line_style(GRID)
            .x_labels(n as usize + 1)
            .x_label_formatter(&x_label)
            .y_labels(8)
            .y_label_formatter(&y_label)
            .y_desc(t("chart-axis-give", &[]))
            .x_desc(t("chart-axis-epoch", &[]))
            .label_style(text(SMALL_SIZE, &INK))
            .axis_desc_style(text(TEXT_SIZE, &INK))
            .draw()
            .map_err(chart_error)?;
        for e in 0..data.epochs.len() {
            let mut bottom = 0i64;
            for (_, color, values) in &self.layers {
                let v = values.get(e).copied().unwrap_or(0);
                if v == 0 {
                    continue;
                }
                let x = e as i32;
                let mut bar = Rectangle::new(
                    [
                        (SegmentValue::Exact(x), bottom as f64),
                        (SegmentValue::Exact(x + 1), (bottom + v) as f64),
                    ],
                    color.filled(),
                );
                bar.set_margin(0, 0, 12, 12);
                ctx.draw_series(std::iter::once(bar)).map_err(chart_error)?;
                bottom += v;
            }
            ctx.draw_series(std::iter::once(Text::new(
                format!("{bottom}"),
                (SegmentValue::CenterOf(e as i32), bottom as f64),
                text(SMALL_SIZE, &INK).pos(Pos::new(HPos::Center, VPos::Bottom)),
            )))
            .map_err(chart_error)?;
        }
        Ok(())
    }
}

const TOKENS_HEIGHT: u32 = 620;
const TOKENS_LEGEND_WIDTH: u32 = 330;

struct TokensChart<'a> {
    data: &'a TokenHistory,
}

/// Draws each member's balance of a token at the end of each month; the
/// members with the largest balances get a colour and a legend entry with
/// their balance, the others are thin grey lines.
pub fn tokens(data: &TokenHistory, format: Format) -> Result<Chart> {
    ensure_font()?;
    render(&TokensChart { data }, (WIDTH, TOKENS_HEIGHT), format)
}

impl TokensChart<'_> {
    fn amount(&self, minor: i128) -> String {
        super::grouped(&format_scaled(minor, self.data.scale))
    }

    fn highlighted(&self) -> usize {
        self.data.members.len().min(LINES.len())
    }

    fn draw_legend<DB: DrawingBackend>(&self, area: &DrawingArea<DB, Shift>) -> Result<()> {
        let data = self.data;
        let h = self.highlighted();
        let mut entries: Vec<(String, RGBColor, u32)> = data.members[..h]
            .iter()
            .enumerate()
            .map(|(i, s)| {
                (
                    format!("{}: {} {}", s.handle, self.amount(s.last()), data.code),
                    LINES[i],
                    3,
                )
            })
            .collect();
        if data.members.len() > h {
            let rest = &data.members[h..];
            let sum: i128 = rest.iter().map(TokenSeries::last).sum();
            entries.push((
                t(
                    "chart-tokens-others",
                    &[
                        ("count", rest.len().into()),
                        ("amount", self.amount(sum).into()),
                        ("token", data.code.as_str().into()),
                    ],
                ),
                OTHERS,
                2,
            ));
        }
        let mut y = 12;
        for (label, color, width) in entries {
            area.draw(&PathElement::new(
                vec![(8, y + 10), (36, y + 10)],
                color.stroke_width(width + 1),
            ))
            .map_err(chart_error)?;
            area.draw(&Text::new(
                fit(&label, TEXT_SIZE, TOKENS_LEGEND_WIDTH - 56),
                (46, y + 10),
                text(TEXT_SIZE, &INK).pos(Pos::new(HPos::Left, VPos::Center)),
            ))
            .map_err(chart_error)?;
            y += 40;
        }
        Ok(())
    }
}

impl Painter for TokensChart<'_> {
    fn paint<DB: DrawingBackend>(&self, root: &DrawingArea<DB, Shift>) -> Result<()> {
        let data = self.data;
        let supply: i128 = data.members.iter().map(TokenSeries::last).sum();
        draw_heading(
            root,
            &t(
                "chart-tokens-title",
                &[
                    ("name", data.name.as_str().into()),
                    ("token", data.code.as_str().into()),
                ],
            ),
            &t(
                "chart-tokens-subtitle",
                &[
                    ("amount", self.amount(supply).into()),
                    ("token", data.code.as_str().into()),
                ],
            ),
        )?;
        if data.months.is_empty() || data.members.is_empty() {
            return draw_empty(root, &t("chart-tokens-empty", &[]));
        }
        let (_, body) = root.split_vertically(HEADING_HEIGHT);
        let (plot, legend) = body.split_horizontally(WIDTH - TOKENS_LEGEND_WIDTH);
        self.draw_legend(&legend)?;
        let n = data.months.len() as i32;
        let x_range = if n == 1 { -1..1 } else { 0..n - 1 };
        let step = label_step(data.months.len());
        let x_label = |i: &i32| {
            if *i >= 0 && (*i as usize) % step == 0 {
                data.months
                    .get(*i as usize)
                    .map(month_text)
                    .unwrap_or_default()
            } else {
                String::new()
            }
        };
        let unit = 10f64.powi(data.scale as i32);
        let all = data.members.iter().flat_map(|s| s.balance.iter().copied());
        let (low, high) = all.fold((0i128, 0i128), |(lo, hi), v| (lo.min(v), hi.max(v)));
        let y_min = low as f64 / unit * 1.05;
        let y_max = (high as f64 / unit).max(1.0) * 1.05;
        let mut ctx = ChartBuilder::on(&plot)
            .margin_left(MARGIN)
            .margin_right(MARGIN)
            .margin_top(8)
            .margin_bottom(8)
            .x_label_area_size(56)
            .y_label_area_size(100)
            .build_cartesian_2d(x_range, y_min..y_max)
            .map_err(chart_error)?;
        let y_label = |v: &f64| tick_text(*v);
        ctx.configure_mesh()
            .light_line_style(WHITE)
            .bold_line_style(GRID)
            .x_labels(n.clamp(2, 15) as usize)
            .x_label_formatter(&x_label)
            .y_labels(8)
            .y_label_formatter(&y_label)
            .y_desc(t(
                "chart-axis-balance",
                &[("token", data.code.as_str().into())],
            ))
            .x_desc(t("chart-axis-month", &[]))
            .label_style(text(SMALL_SIZE, &INK))
            .axis_desc_style(text(TEXT_SIZE, &MUTED))
            .draw()
            .map_err(chart_error)?;
        let h = self.highlighted();
        let order: Vec<usize> = (h..data.members.len()).chain((0..h).rev()).collect();
        for i in order {
            let style = if i < h {
                LINES[i].stroke_width(3)
            } else {
                OTHERS.stroke_width(1)
            };
            let s = &data.members[i];
            ctx.draw_series(LineSeries::new(
                s.balance
                    .iter()
                    .enumerate()
                    .map(|(m, v)| (m as i32, *v as f64 / unit)),
                style,
            ))
            .map_err(chart_error)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::GiveEpoch;
    use chrono::NaiveDate;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn the_give_chart_prints_each_members_total_and_marks_open_epochs() {
        let data = GiveHistory {
            project: "fest".into(),
            epochs: vec![
                GiveEpoch {
                    id: "E-may".into(),
                    to: day(2026, 5, 31),
                    closed: true,
                },
                GiveEpoch {
                    id: "E-june".into(),
                    to: day(2026, 6, 30),
                    closed: false,
                },
            ],
            members: vec![
                GiveSeries {
                    handle: "ben".into(),
                    received: vec![60, 30],
                },
                GiveSeries {
                    handle: "ana".into(),
                    received: vec![40, 0],
                },
            ],
        };
        let svg = String::from_utf8(give(&data, Format::Svg).unwrap().bytes).unwrap();
        assert!(svg.contains("ben: 90 GIVE"), "{svg}");
        assert!(svg.contains("ana: 40 GIVE"));
        assert!(svg.contains("E-june *"));
        assert!(svg.contains("total 130 GIVE in 2 epochs"));
    }

    #[test]
    fn the_token_chart_prints_balances_at_the_tokens_scale() {
        let data = TokenHistory {
            code: "eco".into(),
            name: "Ecos".into(),
            scale: 2,
            months: vec![day(2026, 5, 1), day(2026, 6, 1)],
            members: vec![
                TokenSeries {
                    handle: "ana".into(),
                    balance: vec![1000, 750],
                },
                TokenSeries {
                    handle: "ben".into(),
                    balance: vec![0, 250],
                },
            ],
        };
        let svg = String::from_utf8(tokens(&data, Format::Svg).unwrap().bytes).unwrap();
        assert!(svg.contains("ana: 7.50 eco"), "{svg}");
        assert!(svg.contains("ben: 2.50 eco"));
        assert!(svg.contains("10.00 eco held in all"));
    }

    #[test]
    fn empty_charts_say_so() {
        let data = GiveHistory {
            project: "fest".into(),
            epochs: vec![],
            members: vec![],
        };
        let svg = String::from_utf8(give(&data, Format::Svg).unwrap().bytes).unwrap();
        assert!(svg.contains("No GIVE given yet."));
    }
}
