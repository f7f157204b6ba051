//go:build unix

package esco_test

import (
	"syscall"
	"testing"
	"time"
)

// cpuTime returns the processor time the test process has used, user and
// system, on every thread.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// reportCPU reports, as cpu-ms/op, the processor time each iteration took
// since start (a cpuTime reading before the loop): on a shared machine
// wall time (ns/op) includes waiting for a core, and processor time does
// not.
func reportCPU(b *testing.B, start time.Duration) {
	b.ReportMetric(float64(cpuTime()-start)/float64(b.N)/1e6, "cpu-ms/op")
}
