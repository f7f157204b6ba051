// Command salarybands prints the Technology Director's salary picture from
// the embedded default catalog: each source's figure, a summary that does
// not pretend the sources agree, and a compa-ratio for a sample pay.
//
//	go run ./examples/salarybands
//	go run ./examples/salarybands -pay '$95/hour'
//	go run ./examples/salarybands -pay 'USD 12,500' -period monthly
package main

import (
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/salary"
)

func main() {
	pay := flag.String("pay", "$160,000", "a sample pay to compare, such as $160,000, '$95/hour' or '$142.5k'")
	period := flag.String("period", "", "the period of -pay when it does not say: hourly, daily, weekly, monthly or annual (default annual)")
	role := flag.String("role", "Technology Director", "the role, by title or alias")
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "%s\n\nUsage: go run ./examples/salarybands [flags]\n", "salarybands prints a role's salary picture from the embedded catalog: each source's figure, a summary, and compa-ratios for a sample pay.")
		flag.PrintDefaults()
	}
	flag.Parse()
	if err := run(os.Stdout, rolemodel.Default(), *role, *pay, *period); err != nil {
		fmt.Fprintln(os.Stderr, "salarybands:", err)
		os.Exit(2)
	}
}

func run(w io.Writer, c *rolemodel.Catalog, title, payText, periodText string) error {
	r, err := c.Find(title)
	if err != nil {
		return err
	}
	if len(r.Salaries) == 0 {
		return fmt.Errorf("the catalog records no salary for %s", r.Title)
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
