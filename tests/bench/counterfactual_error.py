#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# How far the uplift's counterfactual is from the truth on the decision
# benchmark's recordings (issue 16), for several ways of moving a product's
# baseline level by its comparable products. Not part of a test: an analysis
# the notes and BENCHMARKS.md quote.
#   build/tests/bench/bench_decisions --write /tmp/rec
#   /usr/bin/python3 tests/bench/counterfactual_error.py /tmp/rec/*
# For every campaign, every 7th day from its 14th: the truth is the
# product's organic units a day over the uplift window (units sold less the
# generator's true_incremental_units); each estimate is the 14-day baseline
# mean times a ratio of the category's products without spend that day
# (window ÷ baseline): agg = ratio of sums (what Rules::uplift uses), med =
# median of per-product ratios, geo = geometric mean, lvl = ratio of sums
# over products within 3× of the product's level, own = no ratio. Prints
# the mean error (units a day), its root mean square, and the median error
# relative to the baseline level.
import pandas as pd, numpy as np, sys, glob, os
def analyse(d):
    pdays = pd.read_csv(f'{d}/product_days.csv', parse_dates=['date'])
    prods = pd.read_csv(f'{d}/products.csv', dtype={'id':str})
    camps = pd.read_csv(f'{d}/campaigns.csv', parse_dates=['start_date','end_date'], dtype={'product_id':str})
    cdays = pd.read_csv(f'{d}/campaign_days.csv', parse_dates=['date'])
    pdays['product_id']=pdays['product_id'].astype(str)
    cat = dict(zip(prods.id, prods.category))
    cd = cdays.merge(camps[['id','product_id']], left_on='campaign_id', right_on='id')
    spent = set(zip(cd.product_id, cd.date))
    tiu = cd.groupby(['product_id','date']).true_incremental_units.sum()
    units = pdays.pivot_table(index='date', columns='product_id', values='units_sold', aggfunc='sum').fillna(0).clip(lower=0)
    organic = units.copy()
    for (p,dt),v in tiu.items():
        if p in organic.columns and dt in organic.index: organic.loc[dt,p]-=v
    mask = pd.DataFrame(False, index=units.index, columns=units.columns)
    for (p,dt) in spent:
        if p in mask.columns and dt in mask.index: mask.loc[dt,p]=True
    rows=[]
    end = units.index.max()
    for _,c in camps.iterrows():
        p=c.product_id; s=c.start_date
        last=min(c.end_date, end)
        for age in range(14, (last-s).days+1, 7):
            t = s+pd.Timedelta(days=age)
            b0, b1 = s-pd.Timedelta(days=14), s-pd.Timedelta(days=1)
            w0 = max(s, t-pd.Timedelta(days=27)); w1=t
            if b0 < units.index.min(): continue
            mb = units.loc[b0:b1, p].mean()
            truth = organic.loc[w0:w1, p].mean()
            ctl = [q for q in units.columns if q!=p and cat.get(q)==cat.get(p)]
            ub = units.loc[b0:b1, ctl].where(~mask.loc[b0:b1, ctl]); uw = units.loc[w0:w1, ctl].where(~mask.loc[w0:w1, ctl])
            ratio = (uw.sum().sum()/uw.count().sum())/(ub.sum().sum()/ub.count().sum())
            pb = ub.mean(); pw = uw.mean()
            ok = (pb>0)&pw.notna()
            r_eq = (pw[ok]/pb[ok])
            lvl = ok & (pb> mb/3) & (pb < mb*3)
            r_lvl = (uw.loc[:, lvl].sum().sum()/uw.loc[:,lvl].count().sum())/(ub.loc[:,lvl].sum().sum()/ub.loc[:,lvl].count().sum()) if lvl.sum()>=3 else ratio
            r_med = r_eq.median()
            r_geo = np.exp(np.log((pw[ok]+0.5)/(pb[ok]+0.5)).mean())
            rows.append(dict(c=c.id, age=age, mb=mb, truth=truth, agg=mb*ratio, med=mb*r_med, geo=mb*r_geo, lvl=mb*r_lvl, own=mb))
    return pd.DataFrame(rows)
allr=[]
for d in sys.argv[1:]:
    r=analyse(d); r['rec']=os.path.basename(d); allr.append(r)
    out={k: ((r[k]-r.truth).mean(), np.sqrt(((r[k]-r.truth)**2).mean()), ((r[k]-r.truth)/r.mb.clip(lower=0.5)).median()) for k in ['agg','med','geo','lvl','own']}
    print(os.path.basename(d), ' '.join(f'{k}: bias {v[0]:+.2f} rmse {v[1]:.2f} relmed {v[2]:+.3f}' for k,v in out.items()), flush=True)
