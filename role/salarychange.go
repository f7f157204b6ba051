package role

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/rolemodel/rolemodel/salary"
)

// SalaryChange compares what the sources say the two roles of a move pay
// in one currency, each side annualized with salary.DefaultConvention and
// summarized with salary.SummarizeAnnual (so every source's figure stays
// visible). Each side counts the figures PayFacts gives: every fact
// once (BLS's hourly restatement of an annual wage is not a second
// figure), only central figures (ranges, averages, medians), since a
// survey's 10th or 90th percentile is not what the role pays, and a
// published distribution once, by its median.
type SalaryChange struct {
	Currency salary.Currency // the currency of both sides
	Region   string          // the region of both sides' figures; "" when the sources state none
	From, To salary.Summary  // the annual pay of the role left and of the role entered
	// MedianChange is To's median of midpoints minus From's.
	MedianChange salary.Money
}

// SalaryChanges returns the pay changes from role a to role b, one per
// currency and region both have figures in, by currency code then region,
// or a note saying why there are none ("B is paid in GBP (London), D in
// GBP (Manchester): no figures for the same region to compare"): no
// exchange rates are assumed and no region stands for another.
// Catalog.Plan gives each step these.
func SalaryChanges(a, b *Role) ([]SalaryChange, string) {
	type key struct {
		cur    salary.Currency
		region string
	}
	group := func(r *Role) map[key][]salary.Range {
		out := map[key][]salary.Range{}
		for _, i := range PayFacts(r.Salaries) {
			s := r.Salaries[i]
			rg, err := s.Range()
			if err != nil {
				continue
			}
			k := key{s.Currency, s.Region}
			out[k] = append(out[k], rg)
		}
		return out
	}
	ga, gb := group(a), group(b)
	switch {
	case len(ga) == 0 && len(gb) == 0:
		return nil, fmt.Sprintf("neither %s nor %s has salary figures from sources", a.Title, b.Title)
	case len(ga) == 0:
		return nil, fmt.Sprintf("%s has no salary figures from sources", a.Title)
	case len(gb) == 0:
		return nil, fmt.Sprintf("%s has no salary figures from sources", b.Title)
	}
	var out []SalaryChange
	sameCurrency := false
	for k, ra := range ga {
		for kb := range gb {
			sameCurrency = sameCurrency || kb.cur == k.cur
		}
		rb, ok := gb[k]
		if !ok {
			continue
		}
		from, err1 := salary.SummarizeAnnual(salary.DefaultConvention(), ra...)
		to, err2 := salary.SummarizeAnnual(salary.DefaultConvention(), rb...)
		if err1 != nil || err2 != nil {
			continue
		}
		d, err := to.MedianMidpoint().Sub(from.MedianMidpoint())
		if err != nil {
			continue
		}
		out = append(out, SalaryChange{Currency: k.cur, Region: k.region, From: from, To: to, MedianChange: d})
	}
	if len(out) == 0 {
		where := func(m map[key][]salary.Range) string {
			var ws []string
			for k := range m {
				ws = append(ws, k.cur.String()+" ("+cmp.Or(k.region, "region not stated")+")")
			}
			slices.Sort(ws)
			return strings.Join(ws, ", ")
		}
		if sameCurrency {
			return nil, fmt.Sprintf("%s is paid in %s, %s in %s: no figures for the same region to compare", a.Title, where(ga), b.Title, where(gb))
		}
		return nil, fmt.Sprintf("%s is paid in %s, %s in %s: no exchange rates are assumed", a.Title, where(ga), b.Title, where(gb))
	}
	slices.SortFunc(out, func(x, y SalaryChange) int {
		return cmp.Or(cmp.Compare(x.Currency.String(), y.Currency.String()), cmp.Compare(x.Region, y.Region))
	})
	return out, ""
}
