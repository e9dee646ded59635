#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# The pandas peer of one agent cycle (issue 14: "at least 20x faster than a
# pandas script doing the same windowed analysis on the same data"): the
# windowed analysis of CycleSteps::load, the Creator's selection, the
# Analyst's Rules::measure and the Manager's Rules::decide, written as a
# competent pandas user would (read_sql into typed frames, product ids as
# integer codes, vectorised groupby/merge/numpy, no Python loop over the day
# rows), on the same store our cycle reads, with the recommendations saved to
# the store in one transaction. On bench_cycle's store its decisions equal
# ours row by row (cycle_vs_pandas.sh checks that).
#
# What it does, matched to ours (agents/cycle/agents.cpp, models/store.cpp,
# agents/rules/rules.cpp; policy defaults from agents/rules/policy.h):
# - asOf: the newest day in product_days (CycleSteps::asOf for a store that is
#   not a live workspace; the live tables are empty in the bench store).
# - Products (StoreReader::catalog): 30-day sums asOf-29..asOf of page views
#   (NULL when the product has no views), units and revenue; the newest
#   non-null daily stock on or before asOf, else the catalog's stock; whether
#   the product has an active campaign.
# - Creator (Rules::isEligible / scoreProduct): stock > 50, views per sale > 2
#   (no sale with views: infinite), price > 20.00, no active campaign; score =
#   round(price x 0.10 x units30/30) x 1.5 for a popular category x
#   min(ratio/2, 3); best 5 by score, then product id; budget as Rules::budget.
# - Campaigns: active ones with a start on or before asOf and a product in
#   the catalog. Per campaign, from its product's days (WindowSumsBuilder
#   ::addProductDay): placebo (14 days before the baseline), baseline (14 days
#   before the start: units, squares of units, views and days with views),
#   current window (max(start, asOf-6)..asOf), uplift window
#   (max(start, asOf-27)..asOf), units 30..59 and 0..29 days before asOf; from
#   campaign_days start..asOf (addCampaignDay): spend, revenue, conversions,
#   the current window's spend and days, the uplift window's spend, and the
#   final figures up to asOf-3.
# - Comparable products (CycleSteps::load): per category of a running
#   campaign, the catalog products without an active campaign, the best 200
#   by 30-day units (then id); their units (negative as 0) on days without
#   spend of a campaign of theirs, summed by category and day, then over each
#   campaign's baseline, uplift and placebo windows, with the product-days.
# - Metrics and uplift (Rules::measure, Rules::uplift with the placebo drift,
#   Rules::incrementalProfit) and risk; the decision (Rules::decide) in its
#   order: learning, too few days, emergency ROAS and CPA on the final
#   figures, below break-even beyond doubt, minimum data, incremental loss or
#   profit, the seed's matrix (PAUSE/CONTINUE/OPTIMIZE on sales and view
#   impact) behind the significance gate, not paying yet, mixed/no baseline.
#   Student's t and the normal quantile are the same approximations as ours.
# - Safeguards: the daily cap only (50 actions a day less those approved
#   today and the emergency pauses; the least risky held back first).
# - Save: one row per recommendation (cycle, times, agent, decision, action,
#   campaign, product, budgets, rule, risk, policy version, status) into a
#   table `pandas_recommendations` of the store (to_sql, one transaction).
#
# What it leaves out compared with our cycle (so it does less work than ours):
# - No wording: no title, rationale, evidence text, ad copy, inputs or
#   thresholds JSON (ours writes all of them for ~10,005 rows), no audit log
#   entry (ours appends a hash-chained one per recommendation), no supersede
#   of earlier pending recommendations, no expiry pass, no policy version row,
#   no portfolio JSON (Pearson correlations, ranking), no learning step.
# - Numbers only the wording and the cap's tie-break read: the uplift's 90 %
#   interval (only the gate's interval, which decides, is computed), the days
#   the gate would need, the incremental profit's interval, the expected
#   effect a day and its confidence, the efficiency score (the portfolio's
#   ranking), the lifetime CPA (decide's ROAS and CPA on the final figures
#   are computed).
# - Safeguards: no cooldown or learning-phase holds (the bench store has no
#   approvals or rejections, so ours holds none of those either); the cap's
#   tie-break on the expected effect a day is left out (risk only).
# - Portfolio moves (off at the default total daily budget 0) and the live
#   evidence (source windows, platform lifetime totals: empty tables in the
#   bench store) are not implemented; negative daily figures are not looked
#   for (the schema's CHECKs forbid them).
# - It judges with the default policy, as bench_cycle's Orchestrator does (it
#   sets none); a policy kept elsewhere is not read.
# --sql-windows: the same analysis with the catalog's 30-day sums done by
# SQLite (GROUP BY, our catalog query's: 100,000 rows) and only the
# advertised and the comparable products' days read into pandas (our two day
# queries: 600,000 + 240,000 of the 3.3 M rows in the bench store): what a
# pandas user would do who knows that read_sql's Python objects cost more
# than the sums. pandas then does the per-campaign
# windows, the comparable products, the metrics and the decisions only.
# Usage: cycle_pandas.py DB [--sql-windows]   (Debian's python3-pandas; DB is written to)
# Prints: `pandas_cycle_ms N (read_sql R, compute C, to_sql W)`, N the whole
# analysis (connect, read, compute, write; not the interpreter's start and
# imports), and check lines to compare with the store (cycle_vs_pandas.sh does).
import datetime
import math
import sqlite3
import sys
import time
import uuid

import numpy as np
import pandas as pd

# Policy defaults (agents/rules/policy.h).
MIN_STOCK, MIN_VIEWS_PER_SALE, MIN_PRICE = 50, 2.0, 2000
EXPECTED_LIFT, MAX_NEW = 0.10, 5
BUDGET_PRICE_FACTOR, BUDGET_FLOOR, BUDGET_ROI_FACTOR, MAX_DAILY_BUDGET = 0.6, 1500, 0.3, 10000
MAX_BUDGET_CHANGE_PCT, CONTINUE_INCREASE_PCT = 50.0, 10.0
BASELINE, CURRENT, MIN_DAYS, LEARNING = 14, 7, 3, 3
EMERGENCY_ROAS = 1.0
PAUSE_SALES, PAUSE_VIEWS = -10.0, -5.0
CONTINUE_SALES, CONTINUE_VIEWS = 15.0, 10.0
OPT_SALES, OPT_VIEWS = (5.0, 15.0), (5.0, 10.0)
RISK_W = (0.3, 0.4, 0.2, 0.1)
TTL_HOURS, MAX_ACTIONS = 24, 50
UPLIFT_DAYS, GATE_PCT, MIN_CONV, MIN_SPEND, LATE, MARGIN = 28, 10.0, 10, 2500, 3, 40.0
ELASTICITY = 0.7
POPULAR = {"electronics", "fitness", "clothing"}
COMPARABLE_PER_CATEGORY = 200
NEW_CAMPAIGN_RISK = 100.0 * 0.5 * RISK_W[3]   # Rules::riskScore(0, 0, 0, 0.5)


def normal_quantile(p):   # Rules::normalQuantile (Acklam)
    a = [-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02, 1.383577518672690e+02,
         -3.066479806614716e+01, 2.506628277459239e+00]
    b = [-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02, 6.680131188771972e+01,
         -1.328068155288572e+01]
    c = [-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00, -2.549732539343734e+00,
         4.374664141464968e+00, 2.938163982698783e+00]
    d = [7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00]
    if p < 0.02425:
        q = math.sqrt(-2 * math.log(p))
        return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / \
            ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1)
    if p > 1 - 0.02425:
        return -normal_quantile(1 - p)
    q = p - 0.5
    r = q * q
    return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q / \
        (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1)


def student_quantile(p, df):   # Rules::studentQuantile (Cornish-Fisher)
    z = normal_quantile(p)
    n, z3 = float(df), z ** 3
    z5, z7 = z3 * z * z, z3 * z ** 4
    return z + (z3 + z) / (4 * n) + (5 * z5 + 16 * z3 + 3 * z) / (96 * n * n) + \
        (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / (384 * n ** 3)


def round_half_away(x):   # qRound64 / llround
    return np.where(x >= 0, np.floor(x + 0.5), np.ceil(x - 0.5)).astype("int64")


def clamp01(x):
    return np.where(np.isfinite(x), np.clip(x, 0.0, 1.0), 0.0)


def jday(series):   # ISO day text -> day number (days since 1970-01-01), parsing each distinct day once
    codes, days = pd.factorize(series)
    return pd.to_datetime(days, format="%Y-%m-%d").values.astype("datetime64[D]").astype("int64")[codes]


db_path = sys.argv[1]
SQL_WINDOWS = "--sql-windows" in sys.argv[2:]
start_clock = time.perf_counter()
con = sqlite3.connect(db_path)
con.execute("PRAGMA cache_size=-65536")   # the page cache our connections use
as_of_text = con.execute("SELECT MAX(day) FROM product_days").fetchone()[0]
as_of = int(np.datetime64(as_of_text, "D").astype("int64"))
win_from_text = str(np.datetime64(as_of - 29, "D"))

# ---- read ----------------------------------------------------------------
products = pd.read_sql_query("SELECT id AS product_id, name, category, price_minor, stock FROM products", con,
                             dtype={"price_minor": "float64", "stock": "float64"})
campaigns = pd.read_sql_query("SELECT id AS campaign_id, product_id, status, daily_budget_minor, start_day FROM campaigns",
                              con, dtype={"daily_budget_minor": "float64"})
# Every product day up to asOf that any window reaches: the 30-day catalog
# window, and for the advertised products from the placebo period on. "+day"
# keeps SQLite off the day index, as our catalog query does (through the
# index every row costs a primary-key lookup: 8.8 s against 0.8 s for this
# store's 3.3 M rows in the sqlite3 shell), so the peer is not slowed by a
# plan ours avoids.
campaigns["start"] = (pd.to_datetime(campaigns["start_day"], format="%Y-%m-%d", errors="coerce")
                      - pd.Timestamp("1970-01-01")).dt.days   # float, NaN without a start
active = campaigns[(campaigns["status"] == "active") & campaigns["start"].notna()]
earliest = int(min(as_of - 59, (active["start"] - max(60, 2 * BASELINE)).min() if len(active) else as_of))
if not SQL_WINDOWS:
    pdays = pd.read_sql_query("SELECT product_id, day, page_views, units_sold, revenue_minor FROM product_days "
                              "WHERE +day BETWEEN ? AND ?", con, params=(str(np.datetime64(earliest, "D")), as_of_text),
                              dtype={"page_views": "float64", "units_sold": "int64", "revenue_minor": "int64"})
else:
    # --sql-windows: the catalog's 30-day sums by SQLite's GROUP BY (our
    # catalog query's), and only the advertised products' days (our
    # kProductDays); the comparable products' days are read further down.
    sql_sums = pd.read_sql_query("SELECT product_id, SUM(page_views) AS views30, COUNT(page_views) AS view_days, "
                                 "SUM(units_sold) AS units30, SUM(revenue_minor) AS revenue30 FROM product_days "
                                 "WHERE +day BETWEEN ? AND ? GROUP BY product_id", con, params=(win_from_text, as_of_text),
                                 dtype={"views30": "float64", "units30": "int64", "revenue30": "int64"})
    pdays = pd.read_sql_query("WITH advertised AS (SELECT DISTINCT product_id FROM campaigns WHERE status = 'active') "
                              "SELECT d.product_id, d.day, d.page_views, d.units_sold FROM advertised a "
                              "CROSS JOIN product_days d ON d.product_id = a.product_id WHERE d.day BETWEEN ? AND ?", con,
                              params=(str(np.datetime64(earliest, "D")), as_of_text),
                              dtype={"page_views": "float64", "units_sold": "int64"})
# The stock figure can be older than any window: the newest one on or before asOf.
stock_days = pd.read_sql_query("SELECT product_id, day, stock FROM product_days WHERE stock IS NOT NULL AND +day <= ?",
                               con, params=(as_of_text,), dtype={"stock": "float64"})
cdays = pd.read_sql_query("SELECT d.campaign_id, d.day, d.clicks, d.spend_minor, d.conversions, d.revenue_minor "
                          "FROM campaign_days d WHERE d.day <= ?", con, params=(as_of_text,),
                          dtype={"clicks": "int64", "spend_minor": "int64", "conversions": "int64", "revenue_minor": "int64"})
approved_today = con.execute("SELECT COUNT(DISTINCT COALESCE(campaign_id, product_id)) FROM recommendations "
                             "WHERE status = 'approved' AND action IN ('create', 'pause', 'resume', 'set_budget') "
                             "AND date(decided_at, 'localtime') = date('now', 'localtime')").fetchone()[0]
read_done = time.perf_counter()
# Product ids as integer codes (their rows in `products`): one hash pass over
# each frame's ids, then every groupby and merge below is on integers.
ids = pd.Index(products["product_id"])
pdays["pid"] = ids.get_indexer(pdays.pop("product_id"))
stock_days["pid"] = ids.get_indexer(stock_days.pop("product_id"))
campaigns["pid"] = ids.get_indexer(campaigns["product_id"])   # -1: no product, or not in the catalog
active = campaigns.loc[active.index]
pdays["jday"] = jday(pdays["day"])
cdays["jday"] = jday(cdays["day"])

# ---- products: the catalog's 30-day window -------------------------------
if not SQL_WINDOWS:
    window = pdays[pdays["jday"] >= as_of - 29]
    sums = window.groupby("pid", sort=False).agg(views30=("page_views", "sum"), view_days=("page_views", "count"),
                                                units30=("units_sold", "sum"), revenue30=("revenue_minor", "sum"))
else:
    sums = sql_sums.assign(pid=ids.get_indexer(sql_sums.pop("product_id"))).set_index("pid")
sums["views30"] = sums["views30"].where(sums["view_days"] > 0)   # SUM of NULLs: no views known
newest_stock = stock_days.sort_values("day").drop_duplicates("pid", keep="last").set_index("pid")["stock"]
cat = products.join(sums)
cat["units30"] = cat["units30"].fillna(0).astype("int64")
cat["revenue30"] = cat["revenue30"].fillna(0).astype("int64")
cat["stock"] = newest_stock.reindex(cat.index).fillna(cat["stock"])
cat["has_active"] = cat.index.isin(active["pid"])

# ---- Creator ---------------------------------------------------------------
views, units = cat["views30"].to_numpy(), cat["units30"].to_numpy()
ratio = np.where(units > 0, views / np.maximum(units, 1), np.where(views > 0, np.inf, np.nan))  # NaN: unknown
eligible = (cat["stock"] > MIN_STOCK) & (ratio > MIN_VIEWS_PER_SALE) & (cat["price_minor"] > MIN_PRICE) & ~cat["has_active"]
cand = cat[eligible.to_numpy()].copy()
cand_ratio = ratio[eligible.to_numpy()]
cand["potential"] = round_half_away(cand["price_minor"].to_numpy() * EXPECTED_LIFT * cand["units30"].to_numpy() / 30.0)
popular = cand["category"].str.lower().isin(POPULAR).to_numpy()
ratio_factor = np.where(np.isnan(cand_ratio), 1.0, np.minimum(cand_ratio / max(MIN_VIEWS_PER_SALE, 1e-9), 3.0))
cand["score"] = cand["potential"] * np.where(popular, 1.5, 1.0) * ratio_factor
top = cand.sort_values(["score", "product_id"], ascending=[False, True]).head(MAX_NEW)
by_price = round_half_away(top["price_minor"].to_numpy() * BUDGET_PRICE_FACTOR)
by_roi = np.maximum(BUDGET_FLOOR, round_half_away(top["potential"].to_numpy() * BUDGET_ROI_FACTOR))
created = pd.DataFrame({"agent": "creator", "decision": "NEW_CAMPAIGN", "action": "create", "campaign_id": None,
                        "product_id": top["product_id"].to_numpy(),
                        "proposed_budget_minor": np.clip(np.minimum(by_price, by_roi), 0, MAX_DAILY_BUDGET),
                        "previous_budget_minor": np.nan, "rule": "selection", "risk": NEW_CAMPAIGN_RISK})

# ---- campaigns to judge ----------------------------------------------------
camps = active[(active["start"] <= as_of) & (active["pid"] >= 0)].copy()
camps = camps.join(cat[["category", "price_minor"]], on="pid")
active_by_cat = camps.groupby("category")["campaign_id"].transform("size")
camps["competition"] = active_by_cat / len(camps) if len(camps) else 0.0
S = camps["start"].to_numpy()
camps["cur_from"] = np.maximum(S, as_of - (CURRENT - 1))
camps["up_from"] = np.maximum(S, as_of - (UPLIFT_DAYS - 1))

# Product days of each campaign's product, with the windows as flags.
pc = camps[["campaign_id", "pid", "start", "cur_from", "up_from"]].merge(
    pdays[["pid", "jday", "units_sold", "page_views"]], on="pid")
d, s0 = pc["jday"].to_numpy(), pc["start"].to_numpy()
u = pc["units_sold"].to_numpy()
v = pc["page_views"].to_numpy()
has_v = ~np.isnan(v)
v0 = np.where(has_v, v, 0)
in_pre = (d >= s0 - 2 * BASELINE) & (d <= s0 - BASELINE - 1)
in_base = (d >= s0 - BASELINE) & (d <= s0 - 1)
in_cur = ~in_base & (d >= pc["cur_from"].to_numpy())
in_up = d >= pc["up_from"].to_numpy()
back = as_of - d
flags = pd.DataFrame({
    "campaign_id": pc["campaign_id"].to_numpy(),
    "preRows": in_pre, "preUnits": u * in_pre,
    "baseRows": in_base, "baseUnits": u * in_base, "baseUnitsSq": u * u * in_base,
    "baseViews": v0 * in_base, "baseViewDays": in_base & has_v,
    "curRows": in_cur, "curUnits": u * in_cur, "curViews": v0 * in_cur, "curViewDays": in_cur & has_v,
    "upRows": in_up, "upUnits": u * in_up,
    "longAgo": u * ((back >= 30) & (back < 60)), "recent": u * (back < 30)})
ws = flags.groupby("campaign_id", sort=False).sum()

# Campaign days from the start to asOf.
cc = camps[["campaign_id", "start", "cur_from", "up_from"]].merge(cdays, on="campaign_id")
cc = cc[cc["jday"] >= cc["start"]]
d = cc["jday"].to_numpy()
spend, rev, conv = cc["spend_minor"].to_numpy(), cc["revenue_minor"].to_numpy(), cc["conversions"].to_numpy()
in_cur, in_up, final = d >= cc["cur_from"].to_numpy(), d >= cc["up_from"].to_numpy(), d <= as_of - LATE
cs = pd.DataFrame({"campaign_id": cc["campaign_id"].to_numpy(), "campaignRows": 1, "spend": spend, "revenue": rev,
                   "conversions": conv, "windowSpend": spend * in_cur, "currentDays": in_cur, "upSpend": spend * in_up,
                   "finalSpend": spend * final, "finalRevenue": rev * final, "finalConversions": conv * final,
                   "finalDays": final}).groupby("campaign_id", sort=False).sum()

# Comparable products: per category of a running campaign, the best sellers
# without an active campaign, and their units by category and day.
comp = cat[~cat["has_active"] & cat["category"].isin(camps["category"].unique())].rename_axis("pid").reset_index()
comp = comp.sort_values(["units30", "product_id"], ascending=[False, True]).groupby("category", sort=False).head(
    COMPARABLE_PER_CATEGORY)
comp_count = comp.groupby("category").size()
comp_from = int((S - 2 * BASELINE).min()) if len(camps) else as_of
extra_read = 0.0
comp_days = pdays
if SQL_WINDOWS:   # the comparable products' days, through a temporary table of their ids (as ours)
    t = time.perf_counter()
    con.execute("CREATE TEMP TABLE IF NOT EXISTS peer_comparable (product_id TEXT PRIMARY KEY)")
    con.execute("DELETE FROM peer_comparable")
    con.executemany("INSERT INTO peer_comparable VALUES (?)", ((x,) for x in comp["product_id"]))
    comp_days = pd.read_sql_query("SELECT d.product_id, d.day, d.units_sold FROM peer_comparable c "
                                  "CROSS JOIN product_days d ON d.product_id = c.product_id WHERE d.day BETWEEN ? AND ?",
                                  con, params=(str(np.datetime64(comp_from, "D")), as_of_text), dtype={"units_sold": "int64"})
    extra_read = time.perf_counter() - t
    comp_days["pid"] = ids.get_indexer(comp_days.pop("product_id"))
    comp_days["jday"] = jday(comp_days.pop("day"))
cd = comp[["pid", "category"]].merge(comp_days[["pid", "jday", "units_sold"]], on="pid")
cd = cd[cd["jday"] >= comp_from]
spent = cdays.loc[cdays["spend_minor"] > 0, ["campaign_id", "jday"]].merge(
    campaigns[["campaign_id", "pid"]], on="campaign_id")[["pid", "jday"]].drop_duplicates()
cd = cd.merge(spent.assign(spent=True), on=["pid", "jday"], how="left")
cd = cd[cd["spent"].isna()]
per_day = cd.assign(units=cd["units_sold"].clip(lower=0), n=1).pivot_table(
    index="category", columns="jday", values=["units", "n"], aggfunc="sum", fill_value=0)
days = np.arange(comp_from, as_of + 1)
cum_units = np.zeros((len(per_day), len(days) + 1), dtype="int64")
cum_n = np.zeros_like(cum_units)
if len(per_day):
    cum_units[:, 1:] = per_day["units"].reindex(columns=days, fill_value=0).to_numpy().cumsum(axis=1)
    cum_n[:, 1:] = per_day["n"].reindex(columns=days, fill_value=0).to_numpy().cumsum(axis=1)
row = pd.Index(per_day.index).get_indexer(camps["category"])


def window_sum(cum, lo, hi):   # sums over day numbers lo..hi by campaign
    lo_i = np.clip(lo - comp_from, 0, len(days))
    hi_i = np.clip(hi - comp_from + 1, 0, len(days))
    out = cum[np.maximum(row, 0), hi_i] - cum[np.maximum(row, 0), lo_i]
    return np.where((row >= 0) & (hi_i > lo_i), out, 0)


m = camps.set_index("campaign_id").join(ws).join(cs)
m[list(ws.columns) + list(cs.columns)] = m[list(ws.columns) + list(cs.columns)].fillna(0)
S = m["start"].to_numpy().astype("int64")
up_from = m["up_from"].to_numpy().astype("int64")
row = pd.Index(per_day.index).get_indexer(m["category"])
ctl_base, ctl_base_pd = window_sum(cum_units, S - BASELINE, S - 1), window_sum(cum_n, S - BASELINE, S - 1)
ctl_up, ctl_up_pd = window_sum(cum_units, up_from, np.full_like(S, as_of)), window_sum(cum_n, up_from, np.full_like(S, as_of))
ctl_pre, ctl_pre_pd = window_sum(cum_units, S - 2 * BASELINE, S - BASELINE - 1), window_sum(cum_n, S - 2 * BASELINE, S - BASELINE - 1)
ctl_products = comp_count.reindex(m["category"]).fillna(0).to_numpy()

# ---- Analyst: Rules::measure ---------------------------------------------
f = lambda c: m[c].to_numpy().astype("float64")   # noqa: E731
price, budget = np.nan_to_num(f("price_minor")), m["daily_budget_minor"].to_numpy()   # Money() without a price
age = as_of - S + 1
cur_span = as_of - m["cur_from"].to_numpy() + 1
base_units, cur_units = f("baseUnits"), f("curUnits")
with np.errstate(divide="ignore", invalid="ignore"):
    b_upd, c_upd = base_units / BASELINE, cur_units / cur_span
    b_vpd = np.where(f("baseViewDays") > 0, f("baseViews") / f("baseViewDays"), np.nan)
    c_vpd = np.where(f("curViewDays") > 0, f("curViews") / f("curViewDays"), np.nan)
    sales_pct = np.where(base_units > 0, (c_upd - b_upd) / b_upd * 100.0, np.nan)
    view_pct = np.where(b_vpd > 0, (c_vpd - b_vpd) / b_vpd * 100.0, np.nan)
    spend_l, rev_l, conv_l = f("spend"), f("revenue"), f("conversions")
    current_days = f("currentDays")
    burn = np.where((budget > 0) & (current_days > 0), clamp01(f("windowSpend") / (budget * current_days)), 0.0)
    decline = np.where(np.isnan(sales_pct), 0.5, clamp01(-sales_pct / 100.0))
    long_ago = f("longAgo")
    lifecycle = np.where(long_ago > 0, clamp01((long_ago - f("recent")) / long_ago), 0.5)
    risk = 100.0 * (burn * RISK_W[0] + decline * RISK_W[1] + clamp01(f("competition")) * RISK_W[2] + lifecycle * RISK_W[3])

    # Rules::uplift, where there are baseline and window days.
    nb, nw = float(BASELINE), (as_of - up_from + 1).astype("float64")
    has_uplift = (f("baseRows") > 0) & (f("upRows") > 0)
    yb, yw, sq = base_units, f("upUnits"), f("baseUnitsSq")
    mb = yb / nb
    phi = np.where((sq == 0) & (yb > 0), 2.0,
                   np.where(mb > 0, np.maximum(1.0, (sq - nb * mb * mb) / (nb - 1) / np.where(mb > 0, mb, 1)), 1.0))
    controls = (ctl_products > 0) & (ctl_base > 0)
    r = np.where((ctl_up_pd > 0) & (ctl_base_pd > 0), (ctl_up / ctl_up_pd) / (ctl_base / ctl_base_pd),
                 (ctl_up / nw) / (ctl_base / nb))
    r = np.where(controls, r, 1.0)
    var_r = np.where(controls, r * r * (1.0 / np.maximum(1, ctl_up) + 1.0 / np.where(controls, ctl_base, 1)), 0.0)
    cf = mb * r
    up_units = yw / nw - cf
    var_obs = phi * np.maximum(yw, 1.0) / (nw * nw)
    var_cf = r * r * phi * np.maximum(yb, 1.0) / (nb * nb) + mb * mb * var_r
    placebo = f("preRows") >= nb
    pctl = controls & (ctl_pre > 0)
    pr = np.where(pctl, np.where((ctl_pre_pd > 0) & (ctl_base_pd > 0), (ctl_base / ctl_base_pd) / (ctl_pre / ctl_pre_pd),
                                 ctl_base / ctl_pre), 1.0)
    var_pr = np.where(pctl, pr * pr * (1.0 / np.where(pctl, ctl_base, 1) + 1.0 / np.where(pctl, ctl_pre, 1)), 0.0)
    mp = f("preUnits") / nb
    noise = phi * np.maximum(yb, 1.0) / (nb * nb) + pr * pr * phi * np.maximum(f("preUnits"), 1.0) / (nb * nb) + mp * mp * var_pr
    wander = np.maximum(0.0, (mb - mp * pr) ** 2 - noise)
    distance = (nb + nw) / 2.0 + np.maximum(0, age - nw)
    var_cf = var_cf + np.where(placebo, wander * distance / nb, 0.0)
    sd = np.sqrt(var_obs + var_cf)
    alpha = min(max(GATE_PCT / 100.0, 1e-6), 1.0)
    tg = 0.0 if alpha >= 1.0 else student_quantile(1.0 - alpha / 2.0, max(1, BASELINE - 1))
    gate_low, gate_high = up_units - tg * sd, up_units + tg * sd
    uplift_pct = np.where(has_uplift & (cf > 0), up_units / cf * 100.0, np.nan)
    # Rules::incrementalProfit: a day over the uplift window.
    has_inc = has_uplift & (price > 0)
    spend_per_day = round_half_away(f("upSpend") / nw).astype("float64")
    per_unit = price * MARGIN / 100.0

    # ---- Manager: Rules::decide, in its order of precedence -----------------
    fs, fr, fc = f("finalSpend"), f("finalRevenue"), f("finalConversions")
    roas_f = np.where((fs > 0) & (spend_l > 0), fr / fs, np.nan)
    cpa_f = np.where(fc > 0, round_half_away(np.where(fc > 0, fs / np.where(fc > 0, fc, 1), 0)), np.nan)
    per_conv = np.where((fc > 0) & (fr > 0), np.maximum(price, np.floor(fr / np.where(fc > 0, fc, 1))), price)
    pays_by_sales = has_inc & (spend_per_day > 0) & (nw >= max(7, UPLIFT_DAYS // 2)) & (gate_low * per_unit > spend_per_day)
    z = normal_quantile(1.0 - alpha / 2.0)
    per_conv_f = np.where(fc > 0, fr / np.where(fc > 0, fc, 1), price)
    revenue_high = (fc + z * np.sqrt(np.maximum(fc, 1.0))) * per_conv_f
    below_break_even = (GATE_PCT < 100.0) & (fs > 0) & ~pays_by_sales & (per_conv_f > 0) & \
        (revenue_high * MARGIN / 100.0 < fs)
    s_imp = np.where(has_uplift, uplift_pct, sales_pct)
    incremental_loss = has_inc & (gate_high * per_unit - spend_per_day < 0) & (spend_per_day > 0)
    worst = np.where(has_inc & (spend_per_day > 0), gate_low * per_unit - spend_per_day, np.nan)
    keep_budget = gate_low * per_unit * ELASTICITY <= spend_per_day
    m_pause = (s_imp < PAUSE_SALES) | (view_pct < PAUSE_VIEWS)
    m_cont = ~m_pause & (s_imp > CONTINUE_SALES) & (view_pct > CONTINUE_VIEWS)
    m_opt = ~m_pause & ~m_cont & (((s_imp >= OPT_SALES[0]) & (s_imp <= OPT_SALES[1]))
                                  | ((view_pct >= OPT_VIEWS[0]) & (view_pct <= OPT_VIEWS[1])))
    clears = has_uplift & np.where(m_pause, gate_high < 0, gate_low > 0)
    # Rules::upliftImplausible: more extra units a day (a rise) than 10x the attributed
    # conversions a day (at least one) of a campaign credited with any. The
    # generated store holds every campaign day from its start, so the days
    # the figures cover are the campaign's age.
    conv_per_day = np.where(age > 0, conv_l / np.maximum(age, 1), 0.0)
    implausible = has_uplift & (GATE_PCT < 100.0) & (conv_l > 0) & (up_units > 10.0 * np.maximum(1.0, conv_per_day))
conditions = [
    (age < LEARNING, "MONITOR", "learning"),
    (current_days < MIN_DAYS, "MONITOR", "too-few-days"),
    (roas_f < EMERGENCY_ROAS, "EMERGENCY_PAUSE", "emergency-roas"),
    (cpa_f > per_conv, "EMERGENCY_PAUSE", "emergency-cpa"),
    (np.isnan(cpa_f) & (fs > price), "EMERGENCY_PAUSE", "emergency-cpa"),
    (below_break_even, "PAUSE", "pause-below-break-even"),
    ((conv_l < MIN_CONV) | (spend_l < MIN_SPEND), "MONITOR", "min-data"),
    (implausible, "MONITOR", "uplift-implausible"),
    (incremental_loss, "PAUSE", "pause-incremental-loss"),
    ((worst > 0) & keep_budget, "CONTINUE", "continue-keep-budget"),
    (worst > 0, "CONTINUE", "continue-incremental-profit"),
    ((m_pause | m_cont | m_opt) & ~clears, "MONITOR", "not-significant"),
    (m_cont & ~np.isnan(worst), "MONITOR", "not-paying-yet"),
    (m_pause, "PAUSE", "pause"), (m_cont, "CONTINUE", "continue"), (m_opt, "OPTIMIZE", "optimize"),
    (np.isnan(s_imp) & np.isnan(view_pct), "MONITOR", "no-baseline"),
]
decision = np.select([c for c, _, _ in conditions], [k for _, k, _ in conditions], "MONITOR")
rule = np.select([c for c, _, _ in conditions], [r for _, _, r in conditions], "mixed")
raised = np.minimum(round_half_away(np.nan_to_num(budget) * (1 + min(CONTINUE_INCREASE_PCT, MAX_BUDGET_CHANGE_PCT) / 100)),
                    MAX_DAILY_BUDGET).astype("float64")
raise_budget = (decision == "CONTINUE") & (rule != "continue-keep-budget") & ~np.isnan(budget) & (raised > budget)
managed = pd.DataFrame({"agent": "manager", "decision": decision,
                        "action": np.where(np.isin(decision, ["PAUSE", "EMERGENCY_PAUSE"]), "pause",
                                           np.where(raise_budget, "set_budget", "none")),
                        "campaign_id": m.index.to_numpy(), "product_id": m["product_id"].to_numpy(),
                        "proposed_budget_minor": np.where(raise_budget, raised, np.nan), "previous_budget_minor": budget,
                        "rule": rule, "risk": risk})

# ---- Safeguards: the daily cap (Safeguards::holdBack) ---------------------
recs = pd.concat([created, managed], ignore_index=True)
acting = (recs["action"] != "none") & (recs["decision"] != "EMERGENCY_PAUSE")
emergencies = int(((recs["action"] != "none") & (recs["decision"] == "EMERGENCY_PAUSE")).sum())
room = max(0, MAX_ACTIONS - approved_today - emergencies)
held = recs[acting].sort_values("risk", ascending=False, kind="stable").index[room:]
proposed = recs[["decision", "rule"]].copy()
recs.loc[held, "decision"] = "MONITOR"
recs.loc[held, "action"] = "none"
recs.loc[held, "rule"] = "daily-cap"
recs.loc[held, "proposed_budget_minor"] = np.nan

# ---- save ------------------------------------------------------------------
compute_done = time.perf_counter()
now = datetime.datetime.now(datetime.timezone.utc)
recs.insert(0, "cycle_id", uuid.uuid4().hex[:8])
recs.insert(1, "created_at", now.isoformat(timespec="milliseconds"))
recs.insert(2, "expires_at", (now + datetime.timedelta(hours=TTL_HOURS)).isoformat(timespec="milliseconds"))
recs["policy_version"] = 1
recs["status"] = "pending"
with con:
    recs.to_sql("pandas_recommendations", con, if_exists="replace", index=False,
                dtype={"proposed_budget_minor": "INTEGER", "previous_budget_minor": "INTEGER"})
con.close()
elapsed_ms = int((time.perf_counter() - start_clock) * 1000)

print(f"pandas_cycle_ms {elapsed_ms} (read_sql {int((read_done - start_clock + extra_read) * 1000)}, "
      f"compute {int((compute_done - read_done - extra_read) * 1000)}, to_sql {int((time.perf_counter() - compute_done) * 1000)}"
      f"{', windows summed by SQLite' if SQL_WINDOWS else ''})")
print(f"check as_of {as_of_text}; window products_with_units {int((cat['units30'] > 0).sum())}, "
      f"units {int(cat['units30'].sum())}, revenue_minor {int(cat['revenue30'].sum())}; campaigns_judged {len(m)}; "
      f"recommendations {len(recs)}")
print("check decisions " + ", ".join(f"{k}/{r} {n}" for (k, r), n in
                                     recs.groupby(["decision", "rule"]).size().sort_index().items()))
print("check before_cap " + ", ".join(f"{k}/{r} {n}" for (k, r), n in
                                      proposed.groupby(["decision", "rule"]).size().sort_index().items()))
