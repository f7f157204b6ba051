// Command marketpay sets a company's pay bands against the U.S. market: it
// attaches the U.S. Bureau of Labor Statistics' wage percentiles (OEWS) and
// employment projections to a company catalog whose roles carry O*NET-SOC
// codes, then says where each band's midpoint sits among the market's
// percentiles, and what BLS projects for the occupation.
//
//	go run ./examples/marketpay
//	go run ./examples/marketpay -wages national_M2024_dl.xlsx -projections occupation.xlsx -catalog mine.yaml
//
// By default it reads company.yaml beside this file and the rows of the
// May 2024 OEWS national file and the 2024-34 projections table that
// package bls commits as fixtures (cut unchanged from the published files;
// BLS data is public domain). Bands are compared only in the market's
// currency: no exchange rates are assumed.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"

	"github.com/rolemodel/rolemodel"
	"github.com/rolemodel/rolemodel/bls"
	"github.com/rolemodel/rolemodel/role"
	"github.com/rolemodel/rolemodel/salary"
)

type options struct {
	catalog, wages, projections, region string
}

func main() {
	here := "."
	if _, err := os.Stat("company.yaml"); err != nil {
		here = filepath.Join("examples", "marketpay")
	}
	o := options{
		catalog:     filepath.Join(here, "company.yaml"),
		wages:       filepath.Join(here, "..", "..", "bls", "testdata", "national_M2024_dl.csv"),
		projections: filepath.Join(here, "..", "..", "bls", "testdata", "occupation_table_1.2.csv"),
	}
	flag.StringVar(&o.catalog, "catalog", o.catalog, "the company catalog: grades with pay bands, roles with O*NET-SOC codes")
	flag.StringVar(&o.wages, "wages", o.wages, "the OEWS national file, .xlsx as published or its CSV form")
	flag.StringVar(&o.projections, "projections", o.projections, "the Employment Projections occupation table 1.2, .xlsx or CSV")
	flag.StringVar(&o.region, "region", "New York", "the region of the bands to compare with the U.S. market")
	flag.Parse()
	if err := run(os.Stdout, o); err != nil {
		fmt.Fprintln(os.Stderr, "marketpay:", err)
		os.Exit(2)
	}
}

func run(w io.Writer, o options) error {
	c, err := rolemodel.LoadFile(o.catalog)
	if err != nil {
		return err
	}
	wages, err := bls.LoadWages(o.wages)
	if err != nil {
		return err
	}
	proj, err := bls.LoadProjections(o.projections)
	if err != nil {
		return err
	}
	c, err = bls.Attach(c, wages, proj)
	if err != nil {
		return err
	}
	src := bls.WagesSource(wages).ID
	for r := range c.Roles() {
		fmt.Fprintf(w, "%s (grade %s, O*NET-SOC %s)\n", r.Title, r.Grade, r.Codes.ONetSOC)
		market, err := annualPercentiles(r, src)
		if err != nil {
			fmt.Fprintf(w, "  no U.S. market percentiles: %v\n\n", err)
			continue
		}
		fmt.Fprintf(w, "  market (%s): %s\n", wages.Title, market)
		band, err := c.PayBand(r.ID, o.region)
		switch {
		case err != nil:
			fmt.Fprintf(w, "  %v\n", err)
		case band.Currency() != market.Currency():
			fmt.Fprintf(w, "  the %s band is in %s, the market in %s: not compared (no exchange rates are assumed)\n", o.region, band.Currency(), market.Currency())
		default:
			for _, p := range []struct {
				name string
				m    salary.Money
			}{{"minimum", band.Min()}, {"midpoint", band.Midpoint()}, {"maximum", band.Max()}} {
				pos, err := market.PercentileOf(p.m)
				if err != nil {
					return err
				}
				fmt.Fprintf(w, "  %s band %-8s %-9s %s\n", o.region, p.name, p.m.Short()+":", pos)
			}
		}
		for _, out := range r.Outlook {
			if out.GrowthPercent != nil {
				fmt.Fprintf(w, "  outlook %d-%d: %+.1f%% (all occupations %+.1f%%), %s openings a year\n", out.FromYear, out.ToYear, *out.GrowthPercent, *out.AverageGrowthPercent, thousands(out.OpeningsPerYear))
			}
		}
		fmt.Fprintln(w)
	}
	fmt.Fprintln(w, "Source: U.S. Bureau of Labor Statistics, OEWS May 2024 and Employment Projections 2024-34.")
	return nil
}

// annualPercentiles returns the annual wage percentiles source src gives
// role r.
func annualPercentiles(r role.Role, src string) (salary.Distribution, error) {
	var figures []salary.Range
	for _, s := range r.Salaries {
		if _, ok := s.Statistic.Percentile(); !ok || s.Period != salary.Annual || !slices.Contains(s.Sources, src) {
			continue
		}
		rg, err := s.Range()
		if err != nil {
			return salary.Distribution{}, err
		}
		figures = append(figures, rg)
	}
	if len(figures) == 0 {
		return salary.Distribution{}, fmt.Errorf("BLS publishes no annual percentiles for the code")
	}
	return salary.DistributionOf(figures...)
}

// thousands writes n with thousands separators.
func thousands(n int) string {
	s := fmt.Sprint(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}
