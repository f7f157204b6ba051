// Command salarybands prints the Technology Director's salary picture from
// the embedded default catalog: each source's figure, a summary that does
// not pretend the sources agree, and a compa-ratio for a sample pay.
//
//	go run ./examples/salarybands
//	go run ./examples/salarybands -pay '$95/hour'
//	go run ./examples/salarybands -pay 'USD 12,500' -period monthly
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"iter"
	"os"
	"slices"
	"strings"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/career"
	"github.com/rolemodel/rolemodel/role"
	"github.com/rolemodel/rolemodel/salary"
)

func main() {
	pay := flag.String("pay", "$160,000", "a sample pay to compare, such as $160,000, '$95/hour' or '$142.5k'")
	period := flag.String("period", "", "the period of -pay when it does not say: hourly, daily, weekly, monthly or annual (default annual)")
	role := flag.String("role", "Technology Director", "the role, by title or alias")
	catalog := flag.String("catalog", "", "a catalog file or folder (JSON or YAML) to use instead of the embedded catalog")
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "%s\n\nUsage: go run ./examples/salarybands [flags]\n", "salarybands prints a role's salary picture from the embedded catalog: each source's figure, a summary, and compa-ratios for a sample pay.")
		flag.PrintDefaults()
	}
	flag.Parse()
	c := rolemodel.Default()
	if *catalog != "" {
		var err error
		if fi, serr := os.Stat(*catalog); serr == nil && fi.IsDir() {
			c, err = rolemodel.LoadFS(os.DirFS(*catalog))
		} else {
			c, err = rolemodel.LoadFile(*catalog)
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, "salarybands:", err)
			os.Exit(2)
		}
	}
	if err := run(os.Stdout, c, *role, *pay, *period); err != nil {
		fmt.Fprintln(os.Stderr, "salarybands:", err)
		os.Exit(2)
	}
}

func run(w io.Writer, c *rolemodel.Catalog, title, payText, periodText string) error {
	r, err := c.Find(title)
	if err != nil {
		return err
	}
	var bands []role.PayBand
	if r.Grade != "" {
		g, _ := c.Grade(r.Grade)
		bands = g.Pay
	}
	if len(r.Salaries) == 0 && len(bands) == 0 {
		return noPay(c, r)
	}
	conv := salary.DefaultConvention()
	pay, err := salary.Parse(payText)
	if err != nil {
		return fmt.Errorf("-pay: %w", err)
	}
	if pay.Statistic().IsRange() && !pay.Min().IsZero() && pay.Min() != pay.Max() {
		return fmt.Errorf("-pay %q: expected one figure, not a range", payText)
	}
	if periodText != "" {
		p, err := salary.ParsePeriod(periodText)
		if err != nil {
			return fmt.Errorf("-period: %w", err)
		}
		if pay.Period() != salary.Unspecified && pay.Period() != p {
			return fmt.Errorf("-pay %q says %s but -period says %s", payText, pay.Period(), p)
		}
		if pay, err = pay.WithPeriod(p); err != nil {
			return err
		}
	}
	if pay.Period() == salary.Unspecified {
		if pay, err = pay.WithPeriod(salary.Annual); err != nil {
			return err
		}
	}
	annualPay, err := pay.Annualized(conv)
	if err != nil {
		return err
	}
	sample := annualPay.Midpoint()

	if len(bands) > 0 {
		g, _ := c.Grade(r.Grade)
		fmt.Fprintf(w, "%s: grade %s, pay bands\n", r.Title, g.Title)
		for _, pb := range bands {
			b, err := pb.Band()
			if err != nil {
				return err
			}
			line := fmt.Sprintf("  %-12s %s (%s)", pb.Region, b, pb.Period)
			p, err := pay.Annualized(conv)
			if err == nil && pb.Period == salary.Annual && b.Currency() == p.Currency() {
				cr, _ := b.CompaRatio(sample)
				pen, _ := b.Penetration(sample)
				line += fmt.Sprintf(": sample %s has compa-ratio %.2f, range penetration %.0f%%", sample.Short(), cr, 100*pen)
			} else {
				line += fmt.Sprintf(": sample %s is in another currency or period", sample.Short())
			}
			fmt.Fprintln(w, line)
		}
		if len(r.Salaries) == 0 {
			return nil
		}
		fmt.Fprintln(w)
	}

	if cur := r.Salaries[0].Currency; sample.Currency() != cur {
		return fmt.Errorf("-pay is in %s but the salaries are in %s: no exchange rates are assumed", sample.Currency(), cur)
	}
	fmt.Fprintf(w, "%s: what %d sources say about pay\n\n", r.Title, len(r.Salaries))
	var ranges []salary.Range
	for _, s := range r.Salaries {
		rg, err := s.Range()
		if err != nil {
			return err
		}
		ranges = append(ranges, rg)
		src, _ := c.Source(s.Sources[0])
		region := s.Region
		if region == "" {
			region = "region not stated"
		}
		fmt.Fprintf(w, "  %-8s %-26s %-18s %s\n", s.Statistic, s.Text, region, src.Title)
	}

	sum, err := salary.SummarizeAnnual(conv, ranges...)
	if err != nil {
		return err
	}
	high := sum.Highest().Short()
	if sum.HighestOpenEnded() {
		high += "+"
	}
	fmt.Fprintf(w, "\nSummary (%s, %s): figures from %s to %s; median of the sources' midpoints %s; %d of %d sources open-ended.\n",
		sum.Currency(), sum.Period(), sum.Lowest().Short(), high, sum.MedianMidpoint().Short(), sum.OpenEndedCount(), sum.Count())
	if _, ok := sum.Common(); !ok {
		fmt.Fprintln(w, "The sources do not agree: no single figure lies within all of them.")
	}

	fmt.Fprintf(w, "\nSample pay %s %s (%s a year):\n", payText, pay.Period(), sample.Short())
	for i, rg := range ranges {
		mid := rg.Midpoint()
		band, err := salary.NewBand(mid, mid, mid)
		if rg.Statistic().IsRange() && !rg.Max().IsZero() {
			band, err = salary.NewBand(rg.Min(), mid, rg.Max())
		}
		if err != nil {
			return err
		}
		cr, err := band.CompaRatio(sample)
		if err != nil {
			return err
		}
		line := fmt.Sprintf("  compa-ratio %.2f against %q (midpoint %s)", cr, r.Salaries[i].Text, mid.Short())
		if rg.Statistic().IsRange() && !rg.Max().IsZero() {
			if pen, err := band.Penetration(sample); err == nil {
				line += fmt.Sprintf(", range penetration %.0f%%", 100*pen)
			}
		}
		fmt.Fprintln(w, line)
	}
	med := sum.MedianMidpoint()
	band, err := salary.NewBand(med, med, med)
	if err != nil {
		return err
	}
	cr, err := band.CompaRatio(sample)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "  compa-ratio %.2f against the median of midpoints %s\n", cr, med.Short())
	return nil
}

// noPay explains that a role has no pay figures and names the roles one
// move away that have some.
func noPay(c *rolemodel.Catalog, r role.Role) error {
	g := c.Graph()
	var near []string
	seen := map[role.ID]bool{}
	for _, ts := range []func(role.ID) iter.Seq[career.Transition]{g.From, g.To} {
		for t := range ts(r.ID) {
			other := t.To
			if other == r.ID {
				other = t.From
			}
			if o, ok := c.Role(other); ok && !seen[other] && (len(o.Salaries) > 0 || o.Grade != "") {
				seen[other] = true
				near = append(near, o.Title)
			}
		}
	}
	msg := fmt.Sprintf("the catalog records no salary and no pay grade for %s", r.Title)
	if len(near) > 0 {
		slices.Sort(near)
		msg += "; roles one move away that have pay figures: " + strings.Join(near, ", ")
	}
	return errors.New(msg)
}
