//! Charts for the treasurer and the assembly (SPEC §9), drawn with
//! plotters as SVG (shown in the app) or PNG (saved).
//!
//! Pure drawing: the data comes from the ledger ([`crate::store::Ledger`]'s
//! `contributions_by_month`, `value_history`, `preview_distribution` and
//! `distribution`) and the result is bytes; nothing here touches SQLite or
//! files. Amounts and values arrive as exact integers and are converted to
//! `f64` only to place marks; every number printed on a chart is formatted
//! from the integers, so it is the same number the tables show.
//!
//! Text is set in DejaVu Sans, embedded in the binary (`assets/fonts/`), so
//! a chart looks the same whatever fonts the machine has. Colours come from
//! the Okabe–Ito palette, which stays distinguishable with the common
//! colour-vision deficiencies.
//!
//! ```
//! use openvalue::chart::{self, Format};
//! use openvalue::money::Currency;
//!
//! let data = chart::ContributionsByMonth {
//!     currency: Currency::new("EUR", None).unwrap(),
//!     project: None,
//!     months: vec![chrono::NaiveDate::from_ymd_opt(2026, 3, 1).unwrap()],
//!     kinds: vec![chart::KindSeries {
//!         code: "work".into(),
//!         name: "Paid work".into(),
//!         // 2.5 h × 20 EUR/h × 1, scaled by 10^VALUE_SCALE
//!         values: vec![50 * 10i128.pow(openvalue::money::VALUE_SCALE)],
//!     }],
//! };
//! let svg = chart::contributions(&data, Format::Svg).unwrap();
//! assert!(String::from_utf8(svg.bytes).unwrap().contains("50.00"));
//! ```

use std::path::Path;
use std::sync::OnceLock;

use chrono::NaiveDate;
use plotters::backend::RGBPixel;
use plotters::coord::ranged1d::SegmentValue;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters::style::{register_font, FontStyle};

use crate::distribute::DistributionPlan;
use crate::error::{Error, Result};
use crate::i18n::Lang;
use crate::money::{format_scaled, Currency, VALUE_SCALE};
pub use crate::report::{
    ContributionsByMonth, GiveEpoch, GiveHistory, GiveSeries, KindSeries, MemberSeries, PlanState,
    TokenHistory, TokenSeries, ValueHistory,
};
pub use peers::{give, tokens};

mod peers;

/// The embedded font (DejaVu Sans; license in `assets/fonts/LICENSE`).
pub(crate) static FONT_BYTES: &[u8] = include_bytes!("../assets/fonts/DejaVuSans.ttf");

/// The font family charts use. It is also the SVG `font-family` attribute,
/// hence the CSS fallback after the comma: a viewer without DejaVu Sans
/// falls back to its own sans-serif instead of a serif.
pub const FONT_FAMILY: &str = "DejaVu Sans, sans-serif";

/// Okabe–Ito colours for filled marks (bars), darkest first so the first
/// buckets and kinds stand out; each with the text colour readable on it.
const FILLS: [(RGBColor, RGBColor); 8] = [
    (RGBColor(0x00, 0x72, 0xB2), WHITE), // blue
    (RGBColor(0xE6, 0x9F, 0x00), INK),   // orange
    (RGBColor(0x00, 0x9E, 0x73), WHITE), // bluish green
    (RGBColor(0xCC, 0x79, 0xA7), INK),   // reddish purple
    (RGBColor(0x56, 0xB4, 0xE9), INK),   // sky blue
    (RGBColor(0xD5, 0x5E, 0x00), WHITE), // vermillion
    (RGBColor(0xF0, 0xE4, 0x42), INK),   // yellow
    (RGBColor(0x00, 0x00, 0x00), WHITE), // black
];

/// Okabe–Ito colours for lines; yellow is left out (too faint on white).
const LINES: [RGBColor; 7] = [
    RGBColor(0x00, 0x72, 0xB2),
    RGBColor(0xD5, 0x5E, 0x00),
    RGBColor(0x00, 0x9E, 0x73),
    RGBColor(0xCC, 0x79, 0xA7),
    RGBColor(0xE6, 0x9F, 0x00),
    RGBColor(0x56, 0xB4, 0xE9),
    RGBColor(0x00, 0x00, 0x00),
];

const INK: RGBColor = RGBColor(0x22, 0x22, 0x22);
const MUTED: RGBColor = RGBColor(0x55, 0x55, 0x55);
const OTHERS: RGBColor = RGBColor(0xB8, 0xB8, 0xB8);
const GRID: RGBColor = RGBColor(0xE4, 0xE4, 0xE4);

const WIDTH: u32 = 1200;
const TITLE_SIZE: f64 = 28.0;
const TEXT_SIZE: f64 = 18.0;
const SMALL_SIZE: f64 = 16.0;
const MARGIN: i32 = 24;

/// Output format, chosen by the file extension.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Scalable vector graphics, text kept as text (for the app).
    Svg,
    /// A PNG image (for saving and projecting).
    Png,
}

impl Format {
    /// `.svg` or `.png` (any case); anything else is a clear error.
    pub fn from_path(path: &Path) -> Result<Format> {
        let ext = path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase);
        match ext.as_deref() {
            Some("svg") => Ok(Format::Svg),
            Some("png") => Ok(Format::Png),
            Some(other) => Err(Error::field_says(
                "file",
                crate::i18n::Message::new("err-chart-format")
                    .arg("path", path.display().to_string())
                    .arg("ext", crate::text::quote(&format!(".{other}"))),
            )),
            None => Err(Error::field_says(
                "file",
                crate::i18n::Message::new("err-chart-no_extension")
                    .arg("path", path.display().to_string()),
            )),
        }
    }
}

/// A drawn chart.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Chart {
    /// Its format.
    pub format: Format,
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
    /// The SVG text (UTF-8) or the PNG file.
    pub bytes: Vec<u8>,
}

/// The value of a share `part / whole` in percent with 2 decimals, rounded
/// half up, computed exactly (`"23.45%"`).
pub fn percent_text(part: i128, whole: i128) -> String {
    if whole <= 0 {
        return format!("{}%", grouped("0.00"));
    }
    let hundredths = (part * 20_000 + whole) / (2 * whole);
    format!("{}%", grouped(&format_scaled(hundredths, 2)))
}

/// A value (scaled by 10^[`VALUE_SCALE`]) at the currency's scale, rounded
/// half up, as the tables format money (`"1234.50"`).
pub fn value_text(value: i128, currency: &Currency) -> String {
    let divisor = 10i128.pow(VALUE_SCALE.saturating_sub(currency.scale));
    grouped(&format_scaled(
        (value + divisor / 2) / divisor,
        currency.scale,
    ))
}

/// An amount in minor units as the app's tables show it: `57,200.00`.
pub fn money_text(minor: i64, currency: &Currency) -> String {
    grouped(&currency.format(minor))
}

/// Decimal text with the thousands of its whole part grouped, as the
/// tables write amounts in the chart's language (`1234567.5` →
/// `1,234,567.5` in English, `1.234.567,5` in Spanish; see
/// [`crate::i18n::number`]), so a chart and a table never show the same
/// number two ways.
pub fn grouped(text: &str) -> String {
    crate::i18n::number(LANG.with(std::cell::Cell::get), text)
}

fn value_f64(value: i128) -> f64 {
    value as f64 / 10f64.powi(VALUE_SCALE as i32)
}

fn minor_f64(minor: i64, currency: &Currency) -> f64 {
    minor as f64 / 10f64.powi(currency.scale as i32)
}

/// An axis tick in major units: thousands grouped by commas as in the
/// app's tables, decimals only where the step needs them (`12,000`, `2.5`).
fn tick_text(v: f64) -> String {
    let text = if (v - v.round()).abs() < 1e-9 {
        format!("{:.0}", v)
    } else {
        format!("{:.2}", v)
            .trim_end_matches('0')
            .trim_end_matches('.')
            .to_string()
    };
    grouped(&text)
}

fn month_text(month: &NaiveDate) -> String {
    month.format("%Y-%m").to_string()
}

fn ensure_font() -> Result<()> {
    static REGISTERED: OnceLock<bool> = OnceLock::new();
    let ok = *REGISTERED
        .get_or_init(|| register_font(FONT_FAMILY, FontStyle::Normal, FONT_BYTES).is_ok());
    if ok {
        Ok(())
    } else {
        Err(Error::Chart("the embedded font cannot be read".into()))
    }
}

fn font(size: f64) -> FontDesc<'static> {
    FontDesc::new(FontFamily::Name(FONT_FAMILY), size, FontStyle::Normal)
}

fn text(size: f64, color: &RGBColor) -> TextStyle<'static> {
    font(size).color(color)
}

/// The width of `s` in pixels at `size` (an estimate from the font's metrics).
fn text_width(s: &str, size: f64) -> u32 {
    font(size).box_size(s).map(|(w, _)| w).unwrap_or(0)
}

fn chart_error(e: impl std::fmt::Display) -> Error {
    Error::Chart(e.to_string())
}

/// What a chart draws on any backend.
trait Painter {
    fn paint<DB: DrawingBackend>(&self, root: &DrawingArea<DB, Shift>) -> Result<()>;
}

fn render(painter: &impl Painter, (width, height): (u32, u32), format: Format) -> Result<Chart> {
    ensure_font()?;
    let bytes = match format {
        Format::Svg => {
            let mut svg = String::new();
            {
                let root = SVGBackend::with_string(&mut svg, (width, height)).into_drawing_area();
                root.fill(&WHITE).map_err(chart_error)?;
                painter.paint(&root)?;
                root.present().map_err(chart_error)?;
            }
            svg.into_bytes()
        }
        Format::Png => {
            let mut pixels = vec![0u8; width as usize * height as usize * 3];
            {
                let backend =
                    BitMapBackend::<RGBPixel>::with_buffer_and_format(&mut pixels, (width, height))
                        .map_err(chart_error)?;
                let root = backend.into_drawing_area();
                root.fill(&WHITE).map_err(chart_error)?;
                painter.paint(&root)?;
                root.present().map_err(chart_error)?;
            }
            let mut png_bytes = Vec::new();
            {
                let mut encoder = png::Encoder::new(&mut png_bytes, width, height);
                encoder.set_color(png::ColorType::Rgb);
                encoder.set_depth(png::BitDepth::Eight);
                let mut writer = encoder.write_header().map_err(chart_error)?;
                writer.write_image_data(&pixels).map_err(chart_error)?;
                writer.finish().map_err(chart_error)?;
            }
            png_bytes
        }
    };
    Ok(Chart {
        format,
        width,
        height,
        bytes,
    })
}

/// A title line and a muted subtitle line at the top left.
fn draw_heading<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    title: &str,
    subtitle: &str,
) -> Result<()> {
    let top = Pos::new(HPos::Left, VPos::Top);
    root.draw(&Text::new(
        title.to_string(),
        (MARGIN, 18),
        text(TITLE_SIZE, &INK).pos(top),
    ))
    .map_err(chart_error)?;
    root.draw(&Text::new(
        subtitle.to_string(),
        (MARGIN, 56),
        text(TEXT_SIZE, &MUTED).pos(top),
    ))
    .map_err(chart_error)?;
    Ok(())
}

const HEADING_HEIGHT: u32 = 92;
const LEGEND_ROW: u32 = 30;
const SWATCH: i32 = 18;

/// Lays legend entries (swatch + text) out in rows across `width`;
/// returns each entry's position and the rows' total height.
fn legend_layout(labels: &[String], width: u32) -> (Vec<(i32, i32)>, u32) {
    let mut positions = Vec::with_capacity(labels.len());
    let (mut x, mut y) = (MARGIN, 0i32);
    for label in labels {
        let w = SWATCH + 8 + text_width(label, TEXT_SIZE) as i32 + 28;
        if x > MARGIN && x + w > width as i32 - MARGIN {
            x = MARGIN;
            y += LEGEND_ROW as i32;
        }
        positions.push((x, y));
        x += w;
    }
    let rows = if labels.is_empty() {
        0
    } else {
        y as u32 + LEGEND_ROW
    };
    (positions, rows)
}

fn draw_legend<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    top: i32,
    entries: &[(String, RGBColor)],
) -> Result<()> {
    let labels: Vec<String> = entries.iter().map(|(l, _)| l.clone()).collect();
    let (positions, _) = legend_layout(&labels, root.dim_in_pixel().0);
    for ((label, color), (x, y)) in entries.iter().zip(positions) {
        let y = top + y;
        root.draw(&Rectangle::new(
            [(x, y + 3), (x + SWATCH, y + 3 + SWATCH)],
            color.filled(),
        ))
        .map_err(chart_error)?;
        root.draw(&Text::new(
            label.clone(),
            (x + SWATCH + 8, y + 3 + SWATCH / 2),
            text(TEXT_SIZE, &INK).pos(Pos::new(HPos::Left, VPos::Center)),
        ))
        .map_err(chart_error)?;
    }
    Ok(())
}

fn draw_empty<DB: DrawingBackend>(root: &DrawingArea<DB, Shift>, message: &str) -> Result<()> {
    let (w, h) = root.dim_in_pixel();
    root.draw(&Text::new(
        message.to_string(),
        (w as i32 / 2, (h as i32 + HEADING_HEIGHT as i32) / 2),
        text(TEXT_SIZE, &MUTED).pos(Pos::new(HPos::Center, VPos::Center)),
    ))
    .map_err(chart_error)?;
    Ok(())
}

fn project_text(project: &Option<String>) -> String {
    match project {
        Some(p) => t("chart-project", &[("project", p.into())]),
        None => t("chart-all_projects", &[]),
    }
}

thread_local! {
    /// The language of the chart being drawn on this thread; set by the
    /// `*_in` functions for the drawing's duration (SPEC §16).
    static LANG: std::cell::Cell<Lang> = const { std::cell::Cell::new(Lang::En) };
}

/// Runs `draw` with its chart's words in `lang`.
fn in_lang<T>(lang: Lang, draw: impl FnOnce() -> T) -> T {
    let before = LANG.with(|l| l.replace(lang));
    let drawn = draw();
    LANG.with(|l| l.set(before));
    drawn
}

/// A chart's word or line from the catalogue (`chart-*`), in the language
/// of the chart being drawn.
fn t(key: &str, args: &[(&str, crate::i18n::Arg<'_>)]) -> String {
    crate::i18n::tr(LANG.with(std::cell::Cell::get), key, args)
}

// ---------------------------------------------------------------------
// (a) A distribution's split by recipient and bucket.

struct DistributionChart<'a> {
    plan: &'a DistributionPlan,
    state: PlanState,
    /// (recipient, total, [(bucket index, amount)]), largest first; past
    /// [`MAX_BARS`] the smallest are one row "N others".
    rows: Vec<BarRow>,
    legend: Vec<(String, RGBColor)>,
    legend_height: u32,
}

const BAR_ROW: u32 = 30;

/// One bar: recipient, total and each bucket's part (bucket index, amount).
type BarRow = (String, i64, Vec<(u32, i64)>);

/// Bars drawn at most: a split among thousands stays a readable picture of
/// bounded size (the tables and exports list every line).
const MAX_BARS: usize = 40;

/// Legend entries drawn at most.
const MAX_LEGEND: usize = 12;

/// Each recipient's total and per-bucket amounts, largest first, the
/// smallest gathered into one row past [`MAX_BARS`].
fn bar_rows(plan: &DistributionPlan) -> Vec<BarRow> {
    let mut by_recipient: std::collections::BTreeMap<&str, Vec<(u32, i64)>> =
        std::collections::BTreeMap::new();
    for b in &plan.buckets {
        for l in &b.lines {
            if l.amount_minor != 0 {
                by_recipient
                    .entry(l.recipient.as_str())
                    .or_default()
                    .push((b.index, l.amount_minor));
            }
        }
    }
    let mut rows: Vec<BarRow> = by_recipient
        .into_iter()
        .map(|(r, segments)| {
            let total = segments.iter().map(|(_, a)| *a).sum();
            (r.to_string(), total, segments)
        })
        .collect();
    rows.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    if rows.len() > MAX_BARS {
        let rest = rows.split_off(MAX_BARS - 1);
        let mut per_bucket: std::collections::BTreeMap<u32, i64> =
            std::collections::BTreeMap::new();
        for (_, _, segments) in &rest {
            for (index, amount) in segments {
                *per_bucket.entry(*index).or_default() += amount;
            }
        }
        let total = per_bucket.values().sum();
        rows.push((
            t("chart-others", &[("count", rest.len().into())]),
            total,
            per_bucket.into_iter().collect(),
        ));
    }
    rows
}

/// A bucket's colour follows its position in the equation, so a preview
/// and the committed distribution (which lists only buckets that placed
/// money) colour the same bucket alike.
fn bucket_fill(index: u32) -> RGBColor {
    FILLS[index as usize % FILLS.len()].0
}

/// The text colour readable on [`bucket_fill`].
fn bucket_text(index: u32) -> RGBColor {
    FILLS[index as usize % FILLS.len()].1
}

impl DistributionChart<'_> {
    fn height(&self) -> u32 {
        HEADING_HEIGHT + self.legend_height + 16 + BAR_ROW * self.rows.len().max(3) as u32 + 80
    }
}

/// [`distribution`] with its words in `lang`.
pub fn distribution_in(
    lang: Lang,
    plan: &DistributionPlan,
    state: PlanState,
    format: Format,
) -> Result<Chart> {
    in_lang(lang, || distribution(plan, state, format))
}

/// [`contributions`] with its words in `lang`.
pub fn contributions_in(lang: Lang, data: &ContributionsByMonth, format: Format) -> Result<Chart> {
    in_lang(lang, || contributions(data, format))
}

/// [`shares`] with its words in `lang`.
pub fn shares_in(lang: Lang, data: &ValueHistory, format: Format) -> Result<Chart> {
    in_lang(lang, || shares(data, format))
}

/// [`give`] with its words in `lang`.
pub fn give_in(lang: Lang, data: &crate::report::GiveHistory, format: Format) -> Result<Chart> {
    in_lang(lang, || give(data, format))
}

/// [`tokens`] with its words in `lang`.
pub fn tokens_in(lang: Lang, data: &crate::report::TokenHistory, format: Format) -> Result<Chart> {
    in_lang(lang, || tokens(data, format))
}

/// Draws a distribution: one horizontal bar per recipient, largest on top,
/// split into one segment per bucket (one colour per bucket), each bar
/// ending with the recipient's total as the tables print it.
pub fn distribution(plan: &DistributionPlan, state: PlanState, format: Format) -> Result<Chart> {
    ensure_font()?;
    let rows = bar_rows(plan);
    let c = &plan.currency;
    let mut legend: Vec<(String, RGBColor)> = plan
        .buckets
        .iter()
        .take(MAX_LEGEND)
        .map(|b| {
            (
                format!("{}: {} {}", b.name, money_text(b.amount_minor, c), c.code),
                bucket_fill(b.index),
            )
        })
        .collect();
    if plan.buckets.len() > MAX_LEGEND {
        legend.push((
            t(
                "chart-more_buckets",
                &[("count", (plan.buckets.len() - MAX_LEGEND).into())],
            ),
            WHITE,
        ));
    }
    let labels: Vec<String> = legend.iter().map(|(l, _)| l.clone()).collect();
    let (_, legend_height) = legend_layout(&labels, WIDTH);
    let chart = DistributionChart {
        plan,
        state,
        rows,
        legend,
        legend_height,
    };
    let size = (WIDTH, chart.height());
    render(&chart, size, format)
}

impl Painter for DistributionChart<'_> {
    fn paint<DB: DrawingBackend>(&self, root: &DrawingArea<DB, Shift>) -> Result<()> {
        let plan = self.plan;
        let c = &plan.currency;
        let state = match self.state {
            PlanState::Preview => t("chart-state-preview", &[]),
            PlanState::Committed => t("chart-state-committed", &[]),
            PlanState::Reversed => t("chart-state-reversed", &[]),
        };
        draw_heading(
            root,
            &t(
                "chart-distribution-title",
                &[
                    ("amount", money_text(plan.revenue.amount_minor, c).into()),
                    ("currency", c.code.as_str().into()),
                    ("revenue", plan.revenue.id.as_str().into()),
                ],
            ),
            &t(
                "chart-distribution-subtitle",
                &[
                    ("project", plan.revenue.project.as_str().into()),
                    ("date", plan.revenue.date.to_string().into()),
                    ("equation", plan.equation.as_str().into()),
                    ("state", state.into()),
                ],
            ),
        )?;
        draw_legend(root, HEADING_HEIGHT as i32, &self.legend)?;
        let (_, body) = root.split_vertically(HEADING_HEIGHT + self.legend_height + 16);
        if self.rows.is_empty() {
            return draw_empty(root, &t("chart-distribution-empty", &[]));
        }
        let n = self.rows.len() as i32;
        let label_width = self
            .rows
            .iter()
            .map(|(r, _, _)| text_width(r, TEXT_SIZE))
            .max()
            .unwrap_or(0)
            + 24;
        let max_total = self.rows.iter().map(|(_, a, _)| *a).max().unwrap_or(0);
        let longest_value = self
            .rows
            .iter()
            .map(|(_, a, _)| text_width(&money_text(*a, c), TEXT_SIZE))
            .max()
            .unwrap_or(0);
        let max_x = minor_f64(max_total, c).max(f64::MIN_POSITIVE);
        let mut ctx = ChartBuilder::on(&body)
            .margin_left(MARGIN)
            .margin_right(MARGIN + longest_value as i32 + 12)
            .margin_bottom(8)
            .x_label_area_size(60)
            .y_label_area_size(label_width)
            // An integer range includes its end: 0..n-1 is n rows.
            .build_cartesian_2d(0f64..max_x, (0..n - 1).into_segmented())
            .map_err(chart_error)?;
        // Row i (from the bottom) is rank n-1-i, so the largest is on top.
        let handle_at = |i: i32| -> String {
            usize::try_from(n - 1 - i)
                .ok()
                .and_then(|rank| self.rows.get(rank))
                .map(|(r, _, _)| r.clone())
                .unwrap_or_default()
        };
        let y_label = |v: &SegmentValue<i32>| match v {
            SegmentValue::CenterOf(i) => handle_at(*i),
            _ => String::new(),
        };
        let x_label = |v: &f64| tick_text(*v);
        ctx.configure_mesh()
            .disable_y_mesh()
            .light_line_style(WHITE)
            .bold_line_style(GRID)
            .y_labels(n as usize + 1)
            .y_label_formatter(&y_label)
            .x_labels(8)
            .x_label_formatter(&x_label)
            .x_desc(t(
                "chart-axis-amount",
                &[("currency", c.code.as_str().into())],
            ))
            .label_style(text(TEXT_SIZE, &INK))
            .axis_desc_style(text(TEXT_SIZE, &INK))
            .draw()
            .map_err(chart_error)?;
        for (rank, (_, total, segments)) in self.rows.iter().enumerate() {
            let row = n - 1 - rank as i32;
            let mut x0 = 0i64;
            for &(index, amount) in segments {
                let (from, to) = (minor_f64(x0, c), minor_f64(x0 + amount, c));
                let mut bar = Rectangle::new(
                    [
                        (from, SegmentValue::Exact(row)),
                        (to, SegmentValue::Exact(row + 1)),
                    ],
                    bucket_fill(index).filled(),
                );
                bar.set_margin(4, 4, 0, 0);
                ctx.draw_series(std::iter::once(bar)).map_err(chart_error)?;
                // A bar of several buckets shows each bucket's line inside
                // its segment, where it fits.
                let label = money_text(amount, c);
                let width = ctx.backend_coord(&(to, SegmentValue::Exact(row))).0
                    - ctx.backend_coord(&(from, SegmentValue::Exact(row))).0;
                if segments.len() > 1 && width > text_width(&label, SMALL_SIZE) as i32 + 12 {
                    ctx.draw_series(std::iter::once(
                        EmptyElement::at(((from + to) / 2.0, SegmentValue::CenterOf(row)))
                            + Text::new(
                                label,
                                (0, 0),
                                text(SMALL_SIZE, &bucket_text(index))
                                    .pos(Pos::new(HPos::Center, VPos::Center)),
                            ),
                    ))
                    .map_err(chart_error)?;
                }
                x0 += amount;
            }
            ctx.draw_series(std::iter::once(
                EmptyElement::at((minor_f64(*total, c), SegmentValue::CenterOf(row)))
                    + Text::new(
                        money_text(*total, c),
                        (8, 0),
                        text(TEXT_SIZE, &INK).pos(Pos::new(HPos::Left, VPos::Center)),
                    ),
            ))
            .map_err(chart_error)?;
        }
        Ok(())
    }
}

// ---------------------------------------------------------------------
// (b) Contributions by kind over time.

/// At most this many kinds get their own colour; the rest are stacked
/// together as "other kinds".
const MAX_KINDS: usize = FILLS.len() - 1;

struct ContributionsChart<'a> {
    data: &'a ContributionsByMonth,
    /// (label, colour, values) in stacking order, bottom first.
    layers: Vec<(String, RGBColor, Vec<i128>)>,
    legend_height: u32,
}

const CONTRIBUTIONS_PLOT_HEIGHT: u32 = 560;

/// Draws the value of contributions per month, stacked by kind (largest
/// kind at the bottom), with each kind's total in the legend.
pub fn contributions(data: &ContributionsByMonth, format: Format) -> Result<Chart> {
    ensure_font()?;
    let c = &data.currency;
    // Up to FILLS.len() kinds each get a colour; beyond that the smallest
    // are stacked together in grey, so colours never repeat.
    let own = if data.kinds.len() <= FILLS.len() {
        data.kinds.len()
    } else {
        MAX_KINDS
    };
    let mut layers: Vec<(String, RGBColor, Vec<i128>)> = data.kinds[..own]
        .iter()
        .enumerate()
        .map(|(i, kind)| {
            (
                format!("{}: {} {}", kind.name, value_text(kind.total(), c), c.code),
                FILLS[i].0,
                kind.values.clone(),
            )
        })
        .collect();
    let rest = &data.kinds[own..];
    if !rest.is_empty() {
        let values: Vec<i128> = (0..data.months.len())
            .map(|m| {
                rest.iter()
                    .map(|k| k.values.get(m).copied().unwrap_or(0))
                    .sum()
            })
            .collect();
        let total: i128 = values.iter().sum();
        layers.push((
            t(
                "chart-other_kinds",
                &[
                    ("count", rest.len().into()),
                    ("value", value_text(total, c).into()),
                    ("currency", c.code.as_str().into()),
                ],
            ),
            OTHERS,
            values,
        ));
    }
    let labels: Vec<String> = layers.iter().map(|(l, _, _)| l.clone()).collect();
    let (_, legend_height) = legend_layout(&labels, WIDTH);
    let chart = ContributionsChart {
        data,
        layers,
        legend_height,
    };
    let height = HEADING_HEIGHT + legend_height + 16 + CONTRIBUTIONS_PLOT_HEIGHT;
    render(&chart, (WIDTH, height), format)
}

/// Every `step`-th label, so month labels never crowd: at most ~14.
fn label_step(count: usize) -> usize {
    count.div_ceil(14).max(1)
}

impl Painter for ContributionsChart<'_> {
    fn paint<DB: DrawingBackend>(&self, root: &DrawingArea<DB, Shift>) -> Result<()> {
        let data = self.data;
        let c = &data.currency;
        let total: i128 = data.kinds.iter().map(KindSeries::total).sum();
        draw_heading(
            root,
            &t(
                "chart-contributions-title",
                &[("project", project_text(&data.project).into())],
            ),
            &t(
                "chart-contributions-subtitle",
                &[
                    ("currency", c.code.as_str().into()),
                    ("total", value_text(total, c).into()),
                ],
            ),
        )?;
        let legend: Vec<(String, RGBColor)> = self
            .layers
            .iter()
            .map(|(l, c, _)| (l.clone(), *c))
            .collect();
        draw_legend(root, HEADING_HEIGHT as i32, &legend)?;
        if data.months.is_empty() {
            return draw_empty(root, &t("chart-contributions-empty", &[]));
        }
        let (_, body) = root.split_vertically(HEADING_HEIGHT + self.legend_height + 16);
        let n = data.months.len() as i32;
        let month_totals: Vec<i128> = (0..data.months.len())
            .map(|m| {
                self.layers
                    .iter()
                    .map(|(_, _, v)| v.get(m).copied().unwrap_or(0))
                    .sum()
            })
            .collect();
        let max_y = value_f64(month_totals.iter().copied().max().unwrap_or(0)).max(1.0) * 1.05;
        let mut ctx = ChartBuilder::on(&body)
            .margin_left(MARGIN)
            .margin_right(MARGIN * 2)
            .margin_bottom(8)
            .x_label_area_size(56)
            .y_label_area_size(110)
            // An integer range includes its end: 0..n-1 is n months.
            .build_cartesian_2d((0..n - 1).into_segmented(), 0f64..max_y)
            .map_err(chart_error)?;
        let step = label_step(data.months.len());
        let x_label = |v: &SegmentValue<i32>| match v {
            SegmentValue::CenterOf(i) if (*i as usize) % step == 0 => data
                .months
                .get(*i as usize)
                .map(month_text)
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
            .y_desc(t(
                "chart-axis-value",
                &[("currency", c.code.as_str().into())],
            ))
            .x_desc(t("chart-axis-month", &[]))
            .label_style(text(SMALL_SIZE, &INK))
            .axis_desc_style(text(TEXT_SIZE, &INK))
            .draw()
            .map_err(chart_error)?;
        for m in 0..data.months.len() {
            let mut bottom = 0i128;
            for (_, color, values) in &self.layers {
                let v = values.get(m).copied().unwrap_or(0);
                if v == 0 {
                    continue;
                }
                let x = m as i32;
                let mut bar = Rectangle::new(
                    [
                        (SegmentValue::Exact(x), value_f64(bottom)),
                        (SegmentValue::Exact(x + 1), value_f64(bottom + v)),
                    ],
                    color.filled(),
                );
                let gap = if n > 40 { 1 } else { 4 };
                bar.set_margin(0, 0, gap, gap);
                ctx.draw_series(std::iter::once(bar)).map_err(chart_error)?;
                bottom += v;
            }
        }
        Ok(())
    }
}

// ---------------------------------------------------------------------
// (c) Each member's cumulative value and share over time.

/// At most this many members get a colour and a legend entry; the others
/// are drawn as thin grey lines, so 30 members stay readable.
pub const MAX_HIGHLIGHTED: usize = LINES.len();

struct SharesChart<'a> {
    data: &'a ValueHistory,
    totals: Vec<i128>,
}

const SHARES_HEIGHT: u32 = 980;
const SHARES_LEGEND_WIDTH: u32 = 330;

/// Draws each member's cumulative value (top) and share of the total
/// (bottom) at the end of each month. The members with the most value get
/// a colour and a legend entry with their final value and share; the others
/// are thin grey lines, summed in one legend entry.
pub fn shares(data: &ValueHistory, format: Format) -> Result<Chart> {
    ensure_font()?;
    let totals = (0..data.months.len())
        .map(|m| {
            data.members
                .iter()
                .map(|s| s.cumulative.get(m).copied().unwrap_or(0))
                .sum()
        })
        .collect();
    render(
        &SharesChart { data, totals },
        (WIDTH, SHARES_HEIGHT),
        format,
    )
}

impl SharesChart<'_> {
    fn share_f64(&self, m: usize, value: i128) -> f64 {
        match self.totals.get(m) {
            Some(total) if *total > 0 => value as f64 / *total as f64 * 100.0,
            _ => 0.0,
        }
    }

    fn highlighted(&self) -> usize {
        self.data.members.len().min(MAX_HIGHLIGHTED)
    }

    fn draw_legend<DB: DrawingBackend>(&self, area: &DrawingArea<DB, Shift>) -> Result<()> {
        let data = self.data;
        let c = &data.currency;
        let total = self.totals.last().copied().unwrap_or(0);
        let mut y = 12;
        let h = self.highlighted();
        let mut entries: Vec<(String, String, RGBColor, u32)> = data.members[..h]
            .iter()
            .enumerate()
            .map(|(i, s)| {
                (
                    format!("{} — {}", s.handle, s.name),
                    format!(
                        "{} {} · {}",
                        value_text(s.last(), c),
                        c.code,
                        percent_text(s.last(), total)
                    ),
                    LINES[i],
                    3,
                )
            })
            .collect();
        if data.members.len() > h {
            let rest = &data.members[h..];
            let value: i128 = rest.iter().map(MemberSeries::last).sum();
            entries.push((
                t("chart-other_members", &[("count", rest.len().into())]),
                t(
                    "chart-together",
                    &[
                        ("value", value_text(value, c).into()),
                        ("currency", c.code.as_str().into()),
                        ("percent", percent_text(value, total).into()),
                    ],
                ),
                OTHERS,
                2,
            ));
        }
        let left = Pos::new(HPos::Left, VPos::Center);
        for (name, numbers, color, width) in entries {
            area.draw(&PathElement::new(
                vec![(8, y + 10), (36, y + 10)],
                color.stroke_width(width + 1),
            ))
            .map_err(chart_error)?;
            area.draw(&Text::new(
                fit(&name, TEXT_SIZE, SHARES_LEGEND_WIDTH - 56),
                (46, y + 10),
                text(TEXT_SIZE, &INK).pos(left),
            ))
            .map_err(chart_error)?;
            area.draw(&Text::new(
                numbers,
                (46, y + 34),
                text(SMALL_SIZE, &MUTED).pos(left),
            ))
            .map_err(chart_error)?;
            y += 62;
        }
        Ok(())
    }
}

/// `s`, shortened with an ellipsis to fit `width` pixels.
fn fit(s: &str, size: f64, width: u32) -> String {
    if text_width(s, size) <= width {
        return s.to_string();
    }
    let mut chars: Vec<char> = s.chars().collect();
    while !chars.is_empty() {
        chars.pop();
        let candidate: String = chars.iter().collect::<String>() + "…";
        if text_width(&candidate, size) <= width {
            return candidate;
        }
    }
    String::new()
}

impl Painter for SharesChart<'_> {
    fn paint<DB: DrawingBackend>(&self, root: &DrawingArea<DB, Shift>) -> Result<()> {
        let data = self.data;
        let c = &data.currency;
        let total = self.totals.last().copied().unwrap_or(0);
        draw_heading(
            root,
            &t(
                "chart-shares-title",
                &[("project", project_text(&data.project).into())],
            ),
            &t(
                "chart-shares-subtitle",
                &[
                    ("total", value_text(total, c).into()),
                    ("currency", c.code.as_str().into()),
                ],
            ),
        )?;
        if data.months.is_empty() || data.members.is_empty() {
            return draw_empty(root, &t("chart-shares-empty", &[]));
        }
        let (_, body) = root.split_vertically(HEADING_HEIGHT);
        let (plots, legend) = body.split_horizontally(WIDTH - SHARES_LEGEND_WIDTH);
        self.draw_legend(&legend)?;
        let (upper, lower) = plots.split_vertically((SHARES_HEIGHT - HEADING_HEIGHT) / 2);
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
        let h = self.highlighted();
        // Grey lines first, so the coloured ones are drawn over them.
        let order: Vec<usize> = (h..data.members.len()).chain((0..h).rev()).collect();
        let style_of = |i: usize| -> ShapeStyle {
            if i < h {
                LINES[i].stroke_width(3)
            } else {
                OTHERS.stroke_width(1)
            }
        };

        // Cumulative value.
        let max_value = data
            .members
            .iter()
            .map(MemberSeries::last)
            .max()
            .unwrap_or(0);
        let max_y = value_f64(max_value).max(1.0) * 1.05;
        let mut top = ChartBuilder::on(&upper)
            .margin_left(MARGIN)
            .margin_right(MARGIN)
            .margin_top(8)
            .x_label_area_size(44)
            .y_label_area_size(110)
            .build_cartesian_2d(x_range.clone(), 0f64..max_y)
            .map_err(chart_error)?;
        let y_value = |v: &f64| tick_text(*v);
        top.configure_mesh()
            .light_line_style(WHITE)
            .bold_line_style(GRID)
            .x_labels(n.clamp(2, 15) as usize)
            .x_label_formatter(&x_label)
            .y_labels(6)
            .y_label_formatter(&y_value)
            .y_desc(t(
                "chart-axis-cumulative",
                &[("currency", c.code.as_str().into())],
            ))
            .label_style(text(SMALL_SIZE, &INK))
            .axis_desc_style(text(TEXT_SIZE, &INK))
            .draw()
            .map_err(chart_error)?;
        for &i in &order {
            let s = &data.members[i];
            top.draw_series(LineSeries::new(
                s.cumulative
                    .iter()
                    .enumerate()
                    .map(|(m, v)| (m as i32, value_f64(*v))),
                style_of(i),
            ))
            .map_err(chart_error)?;
        }

        // Share of the total.
        let max_share = data
            .members
            .iter()
            .flat_map(|s| {
                s.cumulative
                    .iter()
                    .enumerate()
                    .map(|(m, v)| self.share_f64(m, *v))
            })
            .fold(0f64, f64::max);
        let share_top = ((max_share / 10.0).ceil() * 10.0).clamp(10.0, 100.0);
        let mut bottom = ChartBuilder::on(&lower)
            .margin_left(MARGIN)
            .margin_right(MARGIN)
            .margin_top(16)
            .margin_bottom(8)
            .x_label_area_size(56)
            .y_label_area_size(110)
            .build_cartesian_2d(x_range, 0f64..share_top)
            .map_err(chart_error)?;
        let y_share = |v: &f64| format!("{}%", tick_text(*v));
        bottom
            .configure_mesh()
            .light_line_style(WHITE)
            .bold_line_style(GRID)
            .x_labels(n.clamp(2, 15) as usize)
            .x_label_formatter(&x_label)
            .y_labels(6)
            .y_label_formatter(&y_share)
            .y_desc(t("chart-axis-share", &[]))
            .x_desc(t("chart-axis-month", &[]))
            .label_style(text(SMALL_SIZE, &INK))
            .axis_desc_style(text(TEXT_SIZE, &INK))
            .draw()
            .map_err(chart_error)?;
        for &i in &order {
            let s = &data.members[i];
            bottom
                .draw_series(LineSeries::new(
                    s.cumulative
                        .iter()
                        .enumerate()
                        .map(|(m, v)| (m as i32, self.share_f64(m, *v))),
                    style_of(i),
                ))
                .map_err(chart_error)?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Defect 10: a distribution chart of a very large split exhausted
    /// memory (a bar per recipient made a picture of millions of pixels).
    #[test]
    fn regression_a_split_among_thousands_draws_a_bounded_chart() {
        use crate::distribute::{BucketPlan, PlanLine, RevenueInfo};
        use crate::model::BucketType;
        let members = 20_000i64;
        let lines: Vec<PlanLine> = (0..members)
            .map(|i| PlanLine {
                recipient: format!("m{i:05}"),
                amount_minor: 1 + i % 7,
                weight: "1".into(),
                share: "0".into(),
                stage: String::new(),
                capped: false,
            })
            .collect();
        let amount: i64 = lines.iter().map(|l| l.amount_minor).sum();
        let buckets: Vec<BucketPlan> = (0..40u32)
            .map(|index| BucketPlan {
                index,
                name: format!("Bucket {index}"),
                bucket_type: BucketType::Policy,
                policy: Some("equal".into()),
                amount_minor: if index == 0 { amount } else { 0 },
                lines: if index == 0 {
                    lines.clone()
                } else {
                    Vec::new()
                },
                cap: None,
                claims: Vec::new(),
                moved: None,
            })
            .collect();
        let plan = DistributionPlan {
            revenue: RevenueInfo {
                id: "R-big".into(),
                project: "p".into(),
                date: NaiveDate::from_ymd_opt(2026, 1, 1).unwrap(),
                amount_minor: amount,
            },
            currency: Currency::new("EUR", None).unwrap(),
            equation: "big".into(),
            buckets,
            claims: Vec::new(),
        };
        let rows = bar_rows(&plan);
        assert_eq!(rows.len(), MAX_BARS);
        assert_eq!(
            rows.last().unwrap().0,
            format!("{} others", members - (MAX_BARS as i64 - 1))
        );
        assert_eq!(
            rows.iter().map(|r| r.1).sum::<i64>(),
            amount,
            "same total as the table"
        );
        let chart = distribution(&plan, PlanState::Preview, Format::Png).unwrap();
        assert!(chart.height < 2_500, "height {}", chart.height);
    }

    #[test]
    fn percentages_are_exact_and_rounded_half_up() {
        assert_eq!(percent_text(1, 3), "33.33%");
        assert_eq!(percent_text(2, 3), "66.67%");
        assert_eq!(percent_text(1, 8), "12.50%");
        assert_eq!(percent_text(0, 0), "0.00%");
    }

    #[test]
    fn values_round_to_the_currency() {
        let eur = Currency::new("EUR", None).unwrap();
        let one = 10i128.pow(VALUE_SCALE);
        assert_eq!(value_text(1234 * one + one / 2, &eur), "1,234.50");
        assert_eq!(value_text(one / 200, &eur), "0.01");
        let jpy = Currency::new("JPY", None).unwrap();
        assert_eq!(value_text(12 * one + one / 2, &jpy), "13");
    }

    #[test]
    fn ticks_group_thousands() {
        assert_eq!(tick_text(12000.0), "12,000");
        assert_eq!(tick_text(2.5), "2.5");
        assert_eq!(tick_text(0.0), "0");
        assert_eq!(tick_text(1234567.0), "1,234,567");
    }

    /// Issue 16 item 10: a chart writes amounts as the app's tables do.
    #[test]
    fn amounts_are_grouped_as_in_the_tables() {
        let eur = Currency::new("EUR", None).unwrap();
        assert_eq!(money_text(5_720_000, &eur), "57,200.00");
        assert_eq!(money_text(-123_456, &eur), "-1,234.56");
        assert_eq!(money_text(99_999, &eur), "999.99");
        assert_eq!(grouped("1234567"), "1,234,567");
    }

    #[test]
    fn formats_come_from_the_extension() {
        assert_eq!(Format::from_path(Path::new("a.SVG")).unwrap(), Format::Svg);
        assert_eq!(Format::from_path(Path::new("a.png")).unwrap(), Format::Png);
        assert!(Format::from_path(Path::new("a.jpg"))
            .unwrap_err()
            .to_string()
            .contains(".svg or .png"));
        assert!(Format::from_path(Path::new("a")).is_err());
    }
}
