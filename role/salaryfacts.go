package role

import (
	"fmt"
	"slices"
	"strings"

	"github.com/rolemodel/rolemodel/salary"
)

// SalaryFact is one fact a role's salary entries state, with the entries
// that state it: Index is the entry that counts (the annual one where there
// is one), Restated the others, which state the same figure for another pay
// period, in the order of the entries. See SalaryFacts.
type SalaryFact struct {
	Index    int   // the index in the entries of the entry that states the fact
	Restated []int // indexes of entries restating it for other pay periods; nil when none
}

// SalaryFacts returns the facts the salary entries ss state, one per fact,
// in the order of each fact's first entry (see SalaryFact), so that
// counting, summarizing or averaging them counts each fact once.
//
// Two entries state one fact when they report the same single-figure
// statistic (an average, or one percentile: a median and a P50 are the same
// percentile), in the same currency, region and year, cite the same sources
// (in any order), and are for different pay periods. The U.S. Bureau of
// Labor Statistics publishes each OEWS wage statistic once per year and
// once per hour (the hourly figure times 2,080 hours is the annual one,
// rounded; "Technical notes for May 2024 OEWS estimates",
// https://www.bls.gov/oes/current/oes_tec.htm), and package bls attaches
// both: a summary that annualizes every entry would otherwise count each
// BLS statistic twice. The entry kept is the first annual one of the group,
// else the group's first entry (a fact stated only per hour, say), since a
// year's pay is what summaries compare; the figures of a group need not
// agree once converted, as rounding differs.
//
// Ranges of pay and figures without a statistic are never merged: one
// source may state several ranges (one per advertisement it quotes), which
// are separate facts even in different periods. Two entries for the same
// period are separate facts too. Unknown statistics are kept apart. ss does
// not change; the result is empty for no entries. It takes time linear in
// len(ss) (amortized, with one map of the groups).
func SalaryFacts(ss []Salary) []SalaryFact {
	type key struct {
		pct     float64
		stat    salary.Statistic // Average, or NoStatistic for a percentile
		cur     salary.Currency
		region  string
		year    int
		sources string
	}
	facts := make([]SalaryFact, 0, len(ss))
	groups := map[key][]int{} // fact indexes per key
	for i, s := range ss {
		k := key{stat: s.Statistic, cur: s.Currency, region: s.Region, year: s.Year}
		switch pct, ok := s.Statistic.Percentile(); {
		case ok:
			k.pct, k.stat = pct, salary.NoStatistic
		case s.Statistic != salary.Average:
			facts = append(facts, SalaryFact{Index: i})
			continue
		}
		srcs := slices.Clone(s.Sources)
		slices.Sort(srcs)
		k.sources = strings.Join(srcs, "\x00")
		joined := false
		for _, fi := range groups[k] {
			f := &facts[fi]
			if samePeriod(ss, f, s.Period) {
				continue
			}
			if s.Period == salary.Annual && ss[f.Index].Period != salary.Annual {
				// The annual entry states the fact; the one kept so far
				// becomes a restatement, before the others.
				f.Restated = append([]int{f.Index}, f.Restated...)
				slices.Sort(f.Restated)
				f.Index = i
			} else {
				f.Restated = append(f.Restated, i)
			}
			joined = true
			break
		}
		if !joined {
			groups[k] = append(groups[k], len(facts))
			facts = append(facts, SalaryFact{Index: i})
		}
	}
	return facts
}

// samePeriod reports whether an entry of fact f is for period p.
func samePeriod(ss []Salary, f *SalaryFact, p salary.Period) bool {
	if ss[f.Index].Period == p {
		return true
	}
	for _, j := range f.Restated {
		if ss[j].Period == p {
			return true
		}
	}
	return false
}

// PayFacts returns the indexes in ss of the entries that say what a role
// pays, each fact once, in the order of SalaryFacts: the ones a summary of
// the role's pay (a range of figures, a median of midpoints, a
// compa-ratio) counts. Those are the central figures
// (salary.Statistic.IsCentral: ranges, averages, medians); a survey's
// other percentiles describe how pay spreads in a market, not what the role
// pays. And a source that publishes a distribution (a median beside other
// percentiles, for the same currency, region and year, as BLS's OEWS does)
// is one voice, its median: the mean it states for the same distribution
// is a second statistic of the same data, not a second source, so it is
// left out. Where the source gives no median, its mean stays.
func PayFacts(ss []Salary) []int {
	facts := SalaryFacts(ss)
	spread, median := map[statedBy]bool{}, map[statedBy]bool{}
	for _, f := range facts {
		s := ss[f.Index]
		if p, ok := s.Statistic.Percentile(); ok {
			k := statedByOf(s)
			spread[k] = spread[k] || p != 50
			median[k] = median[k] || p == 50
		}
	}
	var out []int
	for _, f := range facts {
		s := ss[f.Index]
		if !s.Statistic.IsCentral() {
			continue
		}
		if k := statedByOf(s); s.Statistic == salary.Average && spread[k] && median[k] {
			continue
		}
		out = append(out, f.Index)
	}
	return out
}

// statedBy is what makes salary figures one source's statement of one
// distribution: the same sources (in any order), currency, region and year.
type statedBy struct {
	cur     salary.Currency
	region  string
	year    int
	sources string
}

func statedByOf(s Salary) statedBy {
	srcs := slices.Clone(s.Sources)
	slices.Sort(srcs)
	return statedBy{s.Currency, s.Region, s.Year, strings.Join(srcs, "\x00")}
}

// PayDistribution is a pay distribution a source publishes for a role: its
// percentiles, per year (salary.Distribution).
type PayDistribution struct {
	Sources      []string            // the sources stating it, as the first of its entries cites them
	Region       string              // where it applies; "" when not stated
	Year         int                 // the year it is for; 0 when not stated
	Currency     salary.Currency     // the currency of its figures
	Distribution salary.Distribution // its percentiles, annualized
}

// PayDistributions returns the pay distributions the salary entries ss
// state, in the order of their first entries: the percentiles each source
// gives for one currency, region and year, each fact once (SalaryFacts),
// annualized with conv, where the source gives a percentile other than the
// median (a median alone is a central figure, not a distribution). It
// fails where salary.DistributionOf refuses the percentiles (two that
// contradict each other), naming the source.
func PayDistributions(ss []Salary, conv salary.Convention) ([]PayDistribution, error) {
	var order []statedBy
	groups := map[statedBy][]salary.Range{}
	first := map[statedBy]int{}
	spread := map[statedBy]bool{}
	for _, f := range SalaryFacts(ss) {
		s := ss[f.Index]
		if _, ok := s.Statistic.Percentile(); !ok {
			continue
		}
		rg, err := s.Range()
		if err != nil {
			return nil, err
		}
		a, err := rg.Annualized(conv)
		if err != nil {
			return nil, err
		}
		k := statedByOf(s)
		if _, ok := groups[k]; !ok {
			order = append(order, k)
			first[k] = f.Index
		}
		groups[k] = append(groups[k], a)
		spread[k] = spread[k] || !s.Statistic.IsCentral()
	}
	var out []PayDistribution
	for _, k := range order {
		if !spread[k] {
			continue
		}
		s := ss[first[k]]
		d, err := salary.DistributionOf(groups[k]...)
		if err != nil {
			return nil, fmt.Errorf("the percentiles %s gives: %w", strings.Join(s.Sources, ", "), err)
		}
		out = append(out, PayDistribution{Sources: slices.Clone(s.Sources), Region: s.Region, Year: s.Year, Currency: s.Currency, Distribution: d})
	}
	return out, nil
}
