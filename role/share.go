package role

// Share is one category of a distribution a source reports, such as the
// education its respondents say a role requires: the category in the
// source's words and the percentage of respondents who chose it.
type Share struct {
	// The category in the source's words ("Bachelor's Degree"; for O*NET,
	// its category description up to the explanation it adds after " - ").
	Category string `json:"category" validate:"required,max=200"`
	// Percent is the share of respondents in the category, 0-100, as the
	// source reports it (O*NET gives two decimals).
	Percent float64 `json:"percent" validate:"min=0,max=100"`
	// LowPrecision marks an estimate the source says is too imprecise to
	// rely on (O*NET's Recommend Suppress: a small sample or a large
	// standard error). It is kept, flagged, so that the distribution stays
	// whole.
	LowPrecision bool `json:"low_precision,omitempty"`
}
