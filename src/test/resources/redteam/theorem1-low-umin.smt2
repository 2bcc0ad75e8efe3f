; equicert certificate (QF_LRA, checked by equicert's embedded SMTInterpol with proof checking)
; The assertions state the NEGATION of the claim: an unsat answer proves it.
; claim: at base b = e^(5 alpha) = 800 the stationary distribution of seed 000's chain has E[U] >= 99/10 = u* - epsilon with epsilon = 1/10, and b is exactly the base of Theorem 1's alpha (b^(D(u*-u')) epsilon = |A|^n (u* - u_min))
; kind: theorem1
; subject: Seed 000 coordination game (high/high 10, low/low 5, else 0)
; fingerprint: game sha256:127ffbb8b2509c5611757b08f3b3093daf0f0cc4b5f261c4e1e68e20989def39
; tool: equicert 0.1.0
; data: {"kind":"theorem1","game":{"title":"Seed 000 coordination game (high/high 10, low/low 5, else 0)","actions":[2,2],"payoffs":[["10","0","0","5"],["10","0","0","5"]]},"uMin":"-10","base":"800","scale":"1/5","distribution":["320000/320401","1/640802","1/640802","400/320401"],"bound":"99/10","atLeast":true,"epsilon":"1/10"}
(set-info :status unsat)
(set-logic QF_LRA)
; pi_<profile>: the claimed stationary distribution
(define-fun pi_1 () Real (/ 320000.0 320401.0))
(define-fun pi_2 () Real (/ 1.0 640802.0))
(define-fun pi_3 () Real (/ 1.0 640802.0))
(define-fun pi_4 () Real (/ 400.0 320401.0))
(define-fun expected_U () Real (+ (* 10.0 pi_1) (* 0.0 pi_2) (* 0.0 pi_3) (* 5.0 pi_4)))
(define-fun b () Real 800.0)
(define-fun epsilon () Real (/ 1.0 10.0))
; negation: pi is not the detailed-balance distribution, the expectation bound fails, or b exceeds Theorem 1's base (b^(D(u*-u')) epsilon > |A|^n (u* - u_min))
(assert (or (< pi_1 0.0)
    (< pi_2 0.0)
    (< pi_3 0.0)
    (< pi_4 0.0)
    (not (= (+ pi_1 pi_2 pi_3 pi_4) 1.0))
    (not (= (* pi_1 (/ 1.0 1638400000000.0)) (* pi_2 (/ 1.0 2560000.0))))
    (not (= (* pi_1 (/ 1.0 1638400000000.0)) (* pi_3 (/ 1.0 2560000.0))))
    (not (= (* pi_2 (/ 1.0 2560000.0)) (* pi_4 (/ 1.0 2048000000.0))))
    (not (= (* pi_3 (/ 1.0 2560000.0)) (* pi_4 (/ 1.0 2048000000.0))))
    (< expected_U (/ 99.0 10.0))
    (> (* epsilon b) 80.0)))
(check-sat)
(exit)
