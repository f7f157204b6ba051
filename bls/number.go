package bls

import (
	"math"
	"strconv"
	"strings"
)

// printed is a number as BLS prints one: an optional minus sign, digits
// with optional thousands separators (commas between groups of three
// digits), and an optional decimal point followed by digits: "171200",
// "171,200", "23.80", "-0.9".
type printed struct {
	neg         bool
	whole, frac string // whole may hold the separators
	commas      bool
}

// scanPrinted checks s against that form; a minus sign only when neg. It
// does not allocate.
func scanPrinted(s string, neg bool) (printed, bool) {
	var p printed
	if s == "" {
		return p, false
	}
	if s[0] == '-' {
		if !neg {
			return p, false
		}
		p.neg, s = true, s[1:]
	}
	whole, frac, hasDot := strings.Cut(s, ".")
	if whole == "" || hasDot && frac == "" || !digits(frac) {
		return p, false
	}
	p.whole, p.frac = whole, frac
	if strings.IndexByte(whole, ',') < 0 {
		return p, digits(whole)
	}
	p.commas = true
	first, rest, more := strings.Cut(whole, ",")
	if len(first) == 0 || len(first) > 3 || !digits(first) {
		return p, false
	}
	for more {
		var g string
		g, rest, more = strings.Cut(rest, ",")
		if len(g) != 3 || !digits(g) {
			return p, false
		}
	}
	return p, true
}

// scaled returns the number times 10^places as an integer, refusing more
// decimals than places and more than 15 digits in all.
func (p printed) scaled(places int) (int64, bool) {
	if len(p.frac) > places {
		return 0, false
	}
	var n int64
	nd := 0
	add := func(c byte) {
		n = n*10 + int64(c-'0')
		nd++
	}
	for i := 0; i < len(p.whole); i++ {
		if p.whole[i] != ',' {
			add(p.whole[i])
		}
		if nd > 15 {
			return 0, false
		}
	}
	for i := 0; i < places; i++ {
		if i < len(p.frac) {
			add(p.frac[i])
		} else {
			add('0')
		}
		if nd > 18 {
			return 0, false
		}
	}
	if p.neg {
		n = -n
	}
	return n, true
}

func digits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// parseCents reads a non-negative dollar figure with at most two decimals
// ("171,200", "23.8", "23.80") as a whole number of cents. With stored,
// it also reads a number as a workbook stores it (isStored).
func parseCents(s string, stored bool) (int64, bool) {
	if p, ok := scanPrinted(s, false); ok {
		if n, ok := p.scaled(2); ok {
			return n, true
		}
	}
	if stored {
		return storedScaled(s, 100)
	}
	return 0, false
}

// parseCount reads a non-negative whole number ("154,187,380"). With
// stored, it also reads a number as a workbook stores it ("2.1185E5").
func parseCount(s string, stored bool) (int64, bool) {
	p, ok := scanPrinted(s, false)
	if !ok || p.frac != "" {
		if stored {
			return storedScaled(s, 1)
		}
		return 0, false
	}
	return p.scaled(0)
}

// parseFloat reads a finite decimal figure ("169,956.1", "-0.9"). With
// stored, it also reads a number as a workbook stores it (isStored).
func parseFloat(s string, neg, stored bool) (float64, bool) {
	if len(s) > 30 {
		return 0, false
	}
	p, ok := scanPrinted(s, neg)
	switch {
	case ok && p.commas:
		s = strings.ReplaceAll(s, ",", "")
	case !ok && (!stored || !isStored(s) || !neg && s[0] == '-'):
		return 0, false
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsInf(v, 0) || math.IsNaN(v) {
		return 0, false
	}
	return v, true
}

func ftoa(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

// isStored reports whether s is a number in the form a workbook stores
// one: an optional minus sign, digits, an optional fraction and an
// optional exponent ("67920.0", "1.5418738E8", "309.39999999999998").
func isStored(s string) bool {
	if s == "" || len(s) > 30 {
		return false
	}
	mant, exp, hasExp := strings.Cut(strings.ToUpper(s), "E")
	mant = strings.TrimPrefix(mant, "-")
	whole, frac, _ := strings.Cut(mant, ".")
	if whole == "" || !digits(whole) || !digits(frac) {
		return false
	}
	if hasExp {
		exp = strings.TrimPrefix(strings.TrimPrefix(exp, "+"), "-")
		return exp != "" && len(exp) <= 3 && digits(exp)
	}
	return true
}

// storedScaled reads a non-negative number as a workbook stores it and
// returns it times scale, which must come out whole: the cells hold
// figures published to 1/scale, and binary fractions ("4.4000000000000004")
// are the only noise allowed.
func storedScaled(s string, scale float64) (int64, bool) {
	if !isStored(s) || s[0] == '-' {
		return 0, false
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsInf(v, 0) || math.IsNaN(v) || v < 0 || v*scale > 1e15 {
		return 0, false
	}
	x := v * scale
	r := math.Round(x)
	if math.Abs(x-r) > 1e-6*math.Max(1, r) {
		return 0, false // more decimals than the figure has
	}
	return int64(r), true
}
