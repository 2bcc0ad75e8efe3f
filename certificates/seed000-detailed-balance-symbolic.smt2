; equicert certificate (QF_LRA, checked by equicert's embedded SMTInterpol with proof checking)
; The assertions state the NEGATION of the claim: an unsat answer proves it.
; claim: for every alpha, the softmax p(a) ∝ exp(alpha U(a)) satisfies detailed balance for the chain t(a→a') = exp(alpha (u_min − U(a)))/(n|A_i|) with u_min = 0 (seed 000, Lemma 1)
; kind: detailed-balance-symbolic
; subject: Seed 000 coordination game (high/high 10, low/low 5, else 0)
; fingerprint: game sha256:127ffbb8b2509c5611757b08f3b3093daf0f0cc4b5f261c4e1e68e20989def39
; tool: equicert 0.1.0
; data: {"kind":"detailed-balance-symbolic","game":{"title":"Seed 000 coordination game (high/high 10, low/low 5, else 0)","actions":[2,2],"payoffs":[["10","0","0","5"],["10","0","0","5"]]},"uMin":"0"}
(set-info :status unsat)
(set-logic QF_LRA)
; alpha: rationality parameter; logZ = log of the partition function; logNA_i = log(n |A_i|)
(declare-fun alpha () Real)
(declare-fun logZ () Real)
(declare-fun logNA_1 () Real)
(declare-fun logNA_2 () Real)
; negation: u_min exceeds a payoff, or log p(a) + log t(a→a') differs from log p(a') + log t(a'→a) for a neighbour pair
(assert (or (> 0.0 10.0)
    (> 0.0 0.0)
    (> 0.0 0.0)
    (> 0.0 5.0)
    (not (= (+ (- (* 10.0 alpha) logZ) (- (* (- 10.0) alpha) logNA_1)) (+ (- (* 0.0 alpha) logZ) (- (* 0.0 alpha) logNA_1))))
    (not (= (+ (- (* 10.0 alpha) logZ) (- (* (- 10.0) alpha) logNA_2)) (+ (- (* 0.0 alpha) logZ) (- (* 0.0 alpha) logNA_2))))
    (not (= (+ (- (* 0.0 alpha) logZ) (- (* 0.0 alpha) logNA_2)) (+ (- (* 5.0 alpha) logZ) (- (* (- 5.0) alpha) logNA_2))))
    (not (= (+ (- (* 0.0 alpha) logZ) (- (* 0.0 alpha) logNA_1)) (+ (- (* 5.0 alpha) logZ) (- (* (- 5.0) alpha) logNA_1))))))
(check-sat)
(exit)
