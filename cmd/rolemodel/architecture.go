package main

import (
	"cmp"
	"errors"
	"flag"
	"fmt"
	"strconv"
	"strings"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/role"
	"github.com/rolemodel/rolemodel/salary"
)

var cmdLadder = &command{
	name:  "ladder",
	args:  "[-json] [catalog flags] [LADDER]",
	short: "show a career ladder as rungs by tracks, or list the ladders",
	json:  true,
	long: `Ladder prints career ladder LADDER (its ID or title) as career frameworks
publish it: one line per rung, the entry rung at the bottom, the
individual-contributor and management tracks side by side. Without LADDER
it lists the catalog's ladders.

The embedded catalog has no ladders; try a framework or your own catalog:

	rolemodel ladder -catalog testdata/ladder.yaml software-engineering
	rolemodel ladder -ft engineering.yml
`,
	opts: func() options { return &ladderOpts{} },
}

type ladderOpts struct{}

func (o *ladderOpts) register(*flag.FlagSet) {}

type ladderListJSON struct {
	ID     role.LadderID `json:"id"`
	Title  string        `json:"title"`
	Family role.FamilyID `json:"family,omitempty"`
	Rungs  int           `json:"rungs"`
	Roles  int           `json:"roles"`
}

type ladderTableJSON struct {
	Ladder ladderListJSON  `json:"ladder"`
	Tracks []string        `json:"tracks"` // "" for roles that state no track
	Rows   []ladderRowJSON `json:"rows"`   // entry rung first
}

type ladderRowJSON struct {
	Rank  int     `json:"rank"`
	Cells [][]ref `json:"cells"` // per track, the roles of that track on the rung
}

func (o *ladderOpts) run(e *env, c *command, fs *flagSet, args []string) int {
	if len(args) > 1 {
		return usageError(e, c, "expected at most one LADDER, got %d arguments", len(args))
	}
	cat, err := fs.catalog(e)
	if err != nil {
		return fail(e, c, err)
	}
	var list []ladderListJSON
	for l := range cat.Ladders() {
		rungs := cat.Rungs(l.ID)
		n := 0
		for _, r := range rungs {
			n += len(r)
		}
		list = append(list, ladderListJSON{ID: l.ID, Title: l.Title, Family: l.Family, Rungs: len(rungs), Roles: n})
	}
	if len(args) == 0 {
		if fs.json {
			if list == nil {
				list = []ladderListJSON{}
			}
			if err := writeJSON(e.stdout, list); err != nil {
				return fail(e, c, err)
			}
			return exitOK
		}
		if len(list) == 0 {
			fmt.Fprintln(e.stdout, "The catalog has no career ladders.")
			return exitOK
		}
		tw := table(e.stdout)
		fmt.Fprintf(tw, "ladder\ttitle\trungs\troles\n")
		for _, l := range list {
			fmt.Fprintf(tw, "%s\t%s\t%d\t%d\n", l.ID, l.Title, l.Rungs, l.Roles)
		}
		tw.Flush()
		return exitOK
	}
	var chosen *ladderListJSON
	for i, l := range list {
		if string(l.ID) == args[0] || strings.EqualFold(l.Title, args[0]) {
			chosen = &list[i]
			break
		}
	}
	if chosen == nil {
		var have []string
		for _, l := range list {
			have = append(have, string(l.ID))
		}
		msg := fmt.Sprintf("no ladder %q in the catalog", args[0])
		if len(have) > 0 {
			msg += "; it has " + names(have, 8)
		} else {
			msg += ", which has none"
		}
		return fail(e, c, errors.New(msg))
	}
	t, err := cat.Table(chosen.ID)
	if err != nil {
		return fail(e, c, err)
	}
	if fs.json {
		out := ladderTableJSON{Ladder: *chosen, Tracks: []string{}, Rows: []ladderRowJSON{}}
		for _, tr := range t.Tracks {
			out.Tracks = append(out.Tracks, tr.String())
		}
		for _, row := range t.Rows {
			rj := ladderRowJSON{Rank: row.Rank, Cells: [][]ref{}}
			for _, cell := range row.Cells {
				refs := []ref{}
				for _, r := range cell {
					refs = append(refs, ref{ID: r.ID, Title: r.Title})
				}
				rj.Cells = append(rj.Cells, refs)
			}
			out.Rows = append(out.Rows, rj)
		}
		if err := writeJSON(e.stdout, out); err != nil {
			return fail(e, c, err)
		}
		return exitOK
	}
	fmt.Fprintf(e.stdout, "%s\n\n%s", t.Ladder.Title, t)
	return exitOK
}

var cmdCompare = &command{
	name:  "compare",
	args:  "[-json] [catalog flags] A B",
	short: "show what changes from one role to another",
	json:  true,
	long: `Compare shows what changes from role A to role B: level, rung and grade,
the skills B adds, raises, lowers and drops, the responsibilities B adds,
the experience each asks for, the pay figures of each, and the change of
pay band midpoint per region where both roles' grades have bands.

` + wordsHelp + `In -json a skill added or dropped has its word as "label"; a skill raised or
lowered has its levels as "from" and "to", its words as "from_label" and
"to_label".
`,
	opts: func() options { return &compareOpts{} },
}

type compareOpts struct{}

func (o *compareOpts) register(*flag.FlagSet) {}

func (o *compareOpts) run(e *env, c *command, fs *flagSet, args []string) int {
	if len(args) != 2 {
		return usageError(e, c, "expected A and B, got %d arguments", len(args))
	}
	cat, err := fs.catalog(e)
	if err != nil {
		return fail(e, c, err)
	}
	rs, err := resolveAll(cat, args[0], args[1])
	if err != nil {
		return fail(e, c, err)
	}
	d, err := cat.Compare(rs[0].ID, rs[1].ID)
	if err != nil {
		return fail(e, c, err)
	}
	if fs.json {
		if err := writeJSON(e.stdout, d); err != nil {
			return fail(e, c, err)
		}
		return exitOK
	}
	w := e.stdout
	fmt.Fprintf(w, "%s → %s\n", d.From.Title, d.To.Title)
	tw := table(w)
	fmt.Fprintf(tw, "  level\t%s → %s\n", cmp.Or(d.LevelFrom.String(), "not stated"), cmp.Or(d.LevelTo.String(), "not stated"))
	if d.Rung.LadderFrom != "" || d.Rung.LadderTo != "" {
		line := fmt.Sprintf("%s → %s", rungText(d.Rung.LadderFrom, d.Rung.From), rungText(d.Rung.LadderTo, d.Rung.To))
		if n, ok := d.Rung.Steps(); ok {
			line += fmt.Sprintf(" (%+d)", n)
		}
		fmt.Fprintf(tw, "  rung\t%s\n", line)
	}
	if d.Grade.From != "" || d.Grade.To != "" {
		fmt.Fprintf(tw, "  grade\t%s → %s\n", cmp.Or(string(d.Grade.From), "none"), cmp.Or(string(d.Grade.To), "none"))
	}
	tw.Flush()
	switch {
	case !d.ToRecorded:
		fmt.Fprintf(w, "  skills: no requirements recorded for %s\n", d.To.Title)
	default:
		if !d.FromRecorded {
			fmt.Fprintf(w, "  skills: no requirements recorded for %s: every requirement of %s counts as added\n", d.From.Title, d.To.Title)
		}
		fmt.Fprintf(w, "  skills added %d, raised %d, lowered %d, dropped %d\n", len(d.SkillsAdded), len(d.SkillsRaised), len(d.SkillsLowered), len(d.SkillsDropped))
		tw = table(w)
		for _, r := range d.SkillsAdded {
			fmt.Fprintf(tw, "    +\t%s\t%s\t%s\n", skillName(cat, r.Skill), wordText(r.Level, r.Label), essentialText(r.Essential))
		}
		for _, ch := range d.SkillsRaised {
			fmt.Fprintf(tw, "    ↑\t%s\t%s → %s\t\n", skillName(cat, ch.Skill), wordText(ch.From, ch.FromLabel), wordText(ch.To, ch.ToLabel))
		}
		for _, ch := range d.SkillsLowered {
			fmt.Fprintf(tw, "    ↓\t%s\t%s → %s\t\n", skillName(cat, ch.Skill), wordText(ch.From, ch.FromLabel), wordText(ch.To, ch.ToLabel))
		}
		for _, r := range d.SkillsDropped {
			fmt.Fprintf(tw, "    -\t%s\t%s\t%s\n", skillName(cat, r.Skill), wordText(r.Level, r.Label), essentialText(r.Essential))
		}
		tw.Flush()
	}
	if n := len(d.ResponsibilitiesAdded); n > 0 {
		fmt.Fprintf(w, "  responsibilities added: %d\n", n)
	}
	for _, side := range []struct {
		r   role.Role
		exp []role.Experience
	}{{d.From, d.ExperienceFrom}, {d.To, d.ExperienceTo}} {
		var ys []string
		for _, x := range side.exp {
			if !x.Years.IsZero() {
				ys = append(ys, x.Years.String()+" years")
			}
		}
		if len(ys) > 0 {
			fmt.Fprintf(w, "  experience for %s: %s\n", side.r.Title, strings.Join(ys, "; "))
		}
	}
	for _, side := range []struct {
		r  role.Role
		ss []role.Salary
	}{{d.From, d.SalariesFrom}, {d.To, d.SalariesTo}} {
		if len(side.ss) == 0 {
			continue
		}
		var fs []string
		for _, f := range role.SalaryFacts(side.ss) { // a figure restated per hour once
			fs = append(fs, payText(side.ss[f.Index]))
		}
		fmt.Fprintf(w, "  pay of %s: %s\n", side.r.Title, strings.Join(fs, "; "))
	}
	for _, b := range d.Bands {
		fmt.Fprintf(w, "  band midpoint in %s: %s → %s (%s)\n", cmp.Or(b.Region, "all regions"), b.From.Midpoint().Short(), b.To.Midpoint().Short(), signed(b.MidpointChange.Short()))
	}
	return exitOK
}

func rungText(l role.LadderID, rank int) string {
	if l == "" {
		return "no ladder"
	}
	return fmt.Sprintf("%s rung %d", l, rank)
}

func essentialText(e bool) string {
	if e {
		return "essential"
	}
	return "optional"
}

// payText is a salary entry with its statistic: the figure as the source
// writes it where that holds a figure ("just above U.S. $142,500"), else
// the amounts ("p90 $239,200+" for a figure BLS marks "#").
func payText(s role.Salary) string {
	return strings.TrimSpace(s.Statistic.String() + " " + s.Figure())
}

var cmdPay = &command{
	name:  "pay",
	args:  "[-pay AMOUNT] [-region R] [-json] [catalog flags] ROLE",
	short: "show what a role pays, and where a pay figure sits",
	json:  true,
	long: `Pay lists every pay figure the catalog records for ROLE, each with its
statistic, region and source, never averaged; a summary per currency (the
lowest and highest figure and the median of the sources' midpoints, per
year); the pay distributions sources publish; and the pay bands of the
role's grade.

A statistic a source states for two periods is one fact, listed and
counted once: BLS's OEWS states every wage per year and per hour, and the
annual figure is shown (-json lists the hourly one, marked "restates").
The summary counts the central figures (ranges, averages, medians); the
other percentiles (p10, p25, p75, p90) describe how pay spreads in a
market rather than what the role pays, and are shown as that source's
distribution instead. A source that publishes a distribution is one voice
in the summary, its median: the mean of the same distribution is listed
but neither counted again nor used for a compa-ratio.

With -pay AMOUNT ("£80,750", "$95/hour", "$142.5k"), it places that pay:
its compa-ratio (pay ÷ band midpoint) and range penetration in each band in
the same currency (only -region's band with -region), its compa-ratio
against each central figure in that currency, and its percentile in each
distribution ("the 36th percentile of OEWS ..."), interpolated linearly
between the published percentiles (salary.Distribution). Amounts are
compared per year (2,080 hours, 260 days, 52 weeks, 12 months); no
exchange rates are assumed.
`,
	opts: func() options { return &payOpts{} },
}

type payOpts struct {
	pay    string
	region string
}

func (o *payOpts) register(fs *flag.FlagSet) {
	fs.StringVar(&o.pay, "pay", "", "place this pay `amount` (\"£80,750\", \"$95/hour\")")
	fs.StringVar(&o.region, "region", "", "only the pay band of `region`")
}

type payResult struct {
	Role          ref               `json:"role"`
	Figures       []payFigureJSON   `json:"figures"`
	Summaries     []paySummaryJSON  `json:"summaries"`
	Distributions []payDistribution `json:"distributions"`
	Grade         role.GradeID      `json:"grade,omitempty"`
	Bands         []payBandJSON     `json:"bands"`
	Pay           string            `json:"pay,omitempty"` // -pay, per year
	Against       []compaRatioJSON  `json:"against,omitempty"`
}

type payFigureJSON struct {
	Statistic string   `json:"statistic"`
	Text      string   `json:"text"`
	Currency  string   `json:"currency"`
	Period    string   `json:"period"`
	Region    string   `json:"region,omitempty"`
	Year      int      `json:"year,omitempty"`
	Sources   []string `json:"sources"`
	// Restates is the index in figures of the figure that states the
	// same fact for another period (role.SalaryFacts): BLS's hourly wage
	// restating its annual one. Such a figure is not counted again.
	Restates *int `json:"restates,omitempty"`
}

// paySummaryJSON summarizes the central figures of one currency per year.
type paySummaryJSON struct {
	Currency       string `json:"currency"`
	Lowest         string `json:"lowest"`
	Highest        string `json:"highest"`
	MedianMidpoint string `json:"median_midpoint"`
	Figures        int    `json:"figures"`
	Agree          bool   `json:"agree"` // some figure lies within every source's
	// Over says what the summary counts, in words.
	Over string `json:"over"`
	// HourlyOnly counts the figures counted that their source states only
	// for another period than a year, annualized.
	HourlyOnly int `json:"annualized,omitempty"`
}

// payDistribution is the percentiles one source gives for one region and
// year, per year, and where -pay sits among them.
type payDistribution struct {
	Source      string `json:"source"` // the source's ID
	Title       string `json:"title"`  // the source's title
	Region      string `json:"region,omitempty"`
	Year        int    `json:"year,omitempty"`
	Currency    string `json:"currency"`
	Percentiles string `json:"percentiles"` // "p10 $104,450, ..., p90 $239,200+ per year"
	// Position is where -pay sits, in words ("the 37th percentile"), and
	// Percentile the percentile where the points pin it down; Low and High
	// bound it otherwise.
	Position   string   `json:"position,omitempty"`
	Percentile *float64 `json:"percentile,omitempty"`
	Low        *float64 `json:"low,omitempty"`
	High       *float64 `json:"high,omitempty"`

	dist salary.Distribution
}

type payBandJSON struct {
	Region string `json:"region"`
	Band   string `json:"band"`
	Period string `json:"period"`
}

type compaRatioJSON struct {
	Against     string   `json:"against"` // "band London" or the source figure's text
	CompaRatio  float64  `json:"compa_ratio"`
	Penetration *float64 `json:"penetration,omitempty"` // for bands and ranges
}

func (o *payOpts) run(e *env, c *command, fs *flagSet, args []string) int {
	if len(args) != 1 {
		return usageError(e, c, "expected one ROLE, got %d arguments", len(args))
	}
	conv := salary.DefaultConvention()
	var pay salary.Money
	if o.pay != "" {
		rg, err := salary.Parse(o.pay)
		if err != nil {
			return usageError(e, c, "-pay %q: %s", o.pay, err)
		}
		if rg.Min() != rg.Max() {
			return usageError(e, c, "-pay %q: expected one figure, not a range", o.pay)
		}
		if rg.Period() == salary.Unspecified {
			rg, _ = rg.WithPeriod(salary.Annual)
		}
		annual, err := rg.Annualized(conv)
		if err != nil {
			return usageError(e, c, "-pay %q: %s", o.pay, err)
		}
		pay = annual.Midpoint()
	}
	cat, err := fs.catalog(e)
	if err != nil {
		return fail(e, c, err)
	}
	r, err := resolve(cat, args[0])
	if err != nil {
		return fail(e, c, err)
	}
	res := payResult{Role: refOf(cat, r.ID), Figures: []payFigureJSON{}, Summaries: []paySummaryJSON{}, Distributions: []payDistribution{},
		Bands: []payBandJSON{}, Grade: r.Grade}
	ranges := make([]salary.Range, len(r.Salaries))
	for i, s := range r.Salaries {
		res.Figures = append(res.Figures, payFigureJSON{Statistic: s.Statistic.String(), Text: payText(s), Currency: s.Currency.String(),
			Period: s.Period.String(), Region: s.Region, Year: s.Year, Sources: s.Sources})
		if ranges[i], err = s.Range(); err != nil {
			return fail(e, c, err)
		}
	}
	// Each fact once (BLS states every wage per year and per hour); the
	// central figures are summarized, the other percentiles make a
	// distribution per source, region and year.
	facts := role.SalaryFacts(r.Salaries)
	// role.PayFacts says which facts say what the role pays: a source
	// stating a distribution is one voice, its median; its mean is listed
	// but not counted again.
	counted := map[int]bool{}
	for _, i := range role.PayFacts(r.Salaries) {
		counted[i] = true
	}
	meansLeft := map[salary.Currency]int{}
	var central []int // indexes of the figures stating central facts
	byCurrency := map[salary.Currency][]salary.Range{}
	hourlyOnly := map[salary.Currency]int{}
	var currencies []salary.Currency
	restated := 0
	for _, f := range facts {
		for _, j := range f.Restated {
			res.Figures[j].Restates = &f.Index
			restated++
		}
		s := r.Salaries[f.Index]
		if !s.Statistic.IsCentral() {
			continue
		}
		if !counted[f.Index] {
			meansLeft[s.Currency]++
			continue
		}
		central = append(central, f.Index)
		if _, ok := byCurrency[s.Currency]; !ok {
			currencies = append(currencies, s.Currency)
		}
		byCurrency[s.Currency] = append(byCurrency[s.Currency], ranges[f.Index])
		if s.Period != salary.Annual {
			hourlyOnly[s.Currency]++
		}
	}
	dists, err := distributions(cat, r, conv)
	if err != nil {
		return fail(e, c, err)
	}
	for _, cur := range currencies {
		sum, err := salary.SummarizeAnnual(conv, byCurrency[cur]...)
		if err != nil {
			return fail(e, c, err)
		}
		high := sum.Highest().Short()
		if sum.HighestOpenEnded() {
			high += "+"
		}
		_, agree := sum.Common()
		over := "ranges, averages and medians, each fact once"
		others := 0
		for _, d := range dists {
			if d.Currency == cur.String() {
				for _, pt := range d.dist.Points() {
					if pt.Percentile != 50 {
						others++
					}
				}
			}
		}
		if others > 0 {
			over += fmt.Sprintf("; the %s of a distribution are not counted", plural(others, "other percentile", "other percentiles"))
		}
		if n := meansLeft[cur]; n > 0 {
			over += fmt.Sprintf("; nor the %s of a distribution whose median is counted", plural(n, "mean", "means"))
		}
		res.Summaries = append(res.Summaries, paySummaryJSON{Currency: cur.String(), Lowest: sum.Lowest().Short(), Highest: high,
			MedianMidpoint: sum.MedianMidpoint().Short(), Figures: sum.Count(), Agree: agree, Over: over, HourlyOnly: hourlyOnly[cur]})
	}
	for _, d := range dists {
		res.Distributions = append(res.Distributions, *d)
	}
	var bands []role.PayBand
	var grade role.Grade
	if r.Grade != "" {
		grade, _ = cat.Grade(r.Grade)
		for _, pb := range grade.Pay {
			if o.region == "" || pb.Region == o.region {
				bands = append(bands, pb)
			}
		}
		if o.region != "" && len(bands) == 0 {
			var have []string
			for _, pb := range grade.Pay {
				have = append(have, cmp.Or(pb.Region, `""`))
			}
			return fail(e, c, fmt.Errorf("grade %s of %s has no pay band in %q; it has bands in %s", grade.Title, r.Title, o.region, names(have, 8)))
		}
	}
	for _, pb := range bands {
		b, err := pb.Band()
		if err != nil {
			return fail(e, c, err)
		}
		res.Bands = append(res.Bands, payBandJSON{Region: pb.Region, Band: b.String(), Period: pb.Period.String()})
	}
	if len(res.Figures) == 0 && len(res.Bands) == 0 {
		return fail(e, c, fmt.Errorf("the catalog records no pay figure and no pay grade for %s", r.Title))
	}
	if !pay.IsZero() {
		res.Pay = pay.Short()
		for _, pb := range bands {
			b, _ := pb.Band()
			if b.Currency() != pay.Currency() {
				continue
			}
			p, err := conv.Convert(pay, salary.Annual, pb.Period)
			if err != nil {
				continue
			}
			cr, err1 := b.CompaRatio(p)
			pen, err2 := b.Penetration(p)
			if err1 != nil || err2 != nil {
				continue
			}
			res.Against = append(res.Against, compaRatioJSON{Against: "band " + cmp.Or(pb.Region, "(all regions)"), CompaRatio: cr, Penetration: &pen})
		}
		for _, i := range central {
			rg := ranges[i]
			if rg.Currency() != pay.Currency() {
				continue
			}
			annual, err := rg.Annualized(conv)
			if err != nil {
				continue
			}
			mid := annual.Midpoint()
			band, err := salary.NewBand(mid, mid, mid)
			isRange := annual.Statistic().IsRange() && annual.Min() != annual.Max()
			if isRange {
				band, err = salary.NewBand(annual.Min(), mid, annual.Max())
			}
			if err != nil {
				continue
			}
			cr, err := band.CompaRatio(pay)
			if err != nil {
				continue
			}
			cj := compaRatioJSON{Against: res.Figures[i].Text, CompaRatio: cr}
			if isRange {
				if pen, err := band.Penetration(pay); err == nil {
					cj.Penetration = &pen
				}
			}
			res.Against = append(res.Against, cj)
		}
		for i := range res.Distributions {
			d := &res.Distributions[i]
			pos, err := d.dist.PercentileOf(pay)
			if err != nil {
				continue
			}
			d.Position = pos.String()
			if pct, ok := pos.Percentile(); ok {
				d.Percentile = &pct
			} else {
				lo, hi := pos.Bounds()
				d.Low, d.High = &lo, &hi
			}
		}
	}
	if fs.json {
		if err := writeJSON(e.stdout, res); err != nil {
			return fail(e, c, err)
		}
		return exitOK
	}
	w := e.stdout
	if len(res.Figures) > 0 {
		head := plural(len(res.Figures)-restated, "pay figure", "pay figures")
		if restated > 0 {
			head += fmt.Sprintf(" (and %d restating one per hour: -json lists them)", restated)
		}
		fmt.Fprintf(w, "%s: %s\n", r.Title, head)
		tw := table(w)
		for i, f := range res.Figures {
			if f.Restates != nil {
				continue
			}
			var srcs []string
			for _, id := range r.Salaries[i].Sources {
				s, _ := cat.Source(id)
				srcs = append(srcs, cmp.Or(s.Title, id))
			}
			fmt.Fprintf(tw, "  %s\t%s\t%s\t%s\n", cmp.Or(f.Region, "region not stated"), f.Text, f.Period, strings.Join(srcs, "; "))
		}
		tw.Flush()
		for _, s := range res.Summaries {
			agree := "the sources agree on some figure"
			if !s.Agree {
				agree = "the sources do not agree: no figure lies within all of them"
			}
			if s.Figures == 1 {
				fmt.Fprintf(w, "  per year in %s: %s, the one figure counted\n", s.Currency, s.MedianMidpoint)
			} else {
				fmt.Fprintf(w, "  per year in %s: %s to %s, median of midpoints %s; %s\n", s.Currency, s.Lowest, s.Highest, s.MedianMidpoint, agree)
			}
			over := fmt.Sprintf("    over %s: %s", plural(s.Figures, "figure", "figures"), s.Over)
			if s.HourlyOnly > 0 {
				over += fmt.Sprintf("; %d stated only for a period other than a year, annualized (2,080 hours, 260 days, 52 weeks or 12 months a year)", s.HourlyOnly)
			}
			fmt.Fprintln(w, over)
		}
		for _, d := range res.Distributions {
			fmt.Fprintf(w, "  distribution of %s: %s\n", distName(d), d.Percentiles)
		}
	}
	if len(res.Bands) > 0 {
		if len(res.Figures) > 0 {
			fmt.Fprintln(w)
		}
		fmt.Fprintf(w, "%s: pay bands of grade %s\n", r.Title, cmp.Or(grade.Title, string(grade.ID)))
		tw := table(w)
		for _, b := range res.Bands {
			fmt.Fprintf(tw, "  %s\t%s\t%s\n", cmp.Or(b.Region, "all regions"), b.Band, b.Period)
		}
		tw.Flush()
	}
	if o.pay != "" {
		fmt.Fprintf(w, "\nPay %s (%s a year):\n", o.pay, res.Pay)
		placed := false
		for _, d := range res.Distributions {
			placed = placed || d.Position != ""
		}
		if len(res.Against) == 0 && !placed {
			fmt.Fprintf(w, "  nothing to compare in %s: no exchange rates are assumed\n", pay.Currency())
		}
		tw := table(w)
		for _, a := range res.Against {
			line := fmt.Sprintf("  against %s\tcompa-ratio %.2f", a.Against, a.CompaRatio)
			if a.Penetration != nil {
				line += fmt.Sprintf("\trange penetration %.0f%%", 100**a.Penetration)
			}
			fmt.Fprintln(tw, line)
		}
		tw.Flush()
		for _, d := range res.Distributions {
			if d.Position != "" {
				fmt.Fprintf(w, "  %s of %s\n", d.Position, distName(d))
			}
		}
	}
	return exitOK
}

// distributions returns the pay distributions the role's sources publish
// (role.PayDistributions), with the sources' titles: where -pay sits in a
// market's pay, as examples/marketpay says it.
func distributions(cat *rolemodel.Catalog, r role.Role, conv salary.Convention) ([]*payDistribution, error) {
	ds, err := role.PayDistributions(r.Salaries, conv)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", r.Title, err)
	}
	var out []*payDistribution
	for _, d := range ds {
		var titles []string
		for _, id := range d.Sources {
			src, _ := cat.Source(id)
			titles = append(titles, cmp.Or(src.Title, id))
		}
		out = append(out, &payDistribution{Source: strings.Join(d.Sources, ", "), Title: strings.Join(titles, "; "), Region: d.Region, Year: d.Year,
			Currency: d.Currency.String(), Percentiles: d.Distribution.String(), dist: d.Distribution})
	}
	return out, nil
}

// distName names a distribution: its source's title, with the region and
// year where stated.
func distName(d payDistribution) string {
	var at []string
	if d.Region != "" {
		at = append(at, d.Region)
	}
	if d.Year != 0 {
		at = append(at, strconv.Itoa(d.Year))
	}
	if len(at) == 0 {
		return d.Title
	}
	return d.Title + " (" + strings.Join(at, ", ") + ")"
}
