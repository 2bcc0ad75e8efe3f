; equicert certificate (QF_LRA, checked by equicert's embedded SMTInterpol with proof checking)
; The assertions state the NEGATION of the claim: an unsat answer proves it.
; claim: at base b = e^(alpha/1) = 2 the distribution pi(a) = b^(1(U(a) - u_min))/Z satisfies detailed balance exactly for seed 000's chain (u_min = 0), so it is stationary
; kind: detailed-balance
; subject: Seed 000 coordination game (high/high 10, low/low 5, else 0)
; fingerprint: game sha256:127ffbb8b2509c5611757b08f3b3093daf0f0cc4b5f261c4e1e68e20989def39
; tool: equicert 0.1.0
; data: {"kind":"detailed-balance","game":{"title":"Seed 000 coordination game (high/high 10, low/low 5, else 0)","actions":[2,2],"payoffs":[["10","0","0","5"],["10","0","0","5"]]},"uMin":"0","base":"2","scale":1000000,"distribution":["512/529","1/1058","1/1058","16/529"]}
(set-info :status unsat)
(set-logic QF_LRA)
; pi_<profile>: the claimed stationary distribution
(define-fun pi_1 () Real (/ 512.0 529.0))
(define-fun pi_2 () Real (/ 1.0 1058.0))
(define-fun pi_3 () Real (/ 1.0 1058.0))
(define-fun pi_4 () Real (/ 16.0 529.0))
; negation: pi is not a distribution, or pi(a) t(a→a') ≠ pi(a') t(a'→a) for a neighbour pair
(assert (or (< pi_1 0.0)
    (< pi_2 0.0)
    (< pi_3 0.0)
    (< pi_4 0.0)
    (not (= (+ pi_1 pi_2 pi_3 pi_4) 1.0))
    (not (= (* pi_1 (/ 1.0 4096.0)) (* pi_2 (/ 1.0 4.0))))
    (not (= (* pi_1 (/ 1.0 4096.0)) (* pi_3 (/ 1.0 4.0))))
    (not (= (* pi_2 (/ 1.0 4.0)) (* pi_4 (/ 1.0 128.0))))
    (not (= (* pi_3 (/ 1.0 4.0)) (* pi_4 (/ 1.0 128.0))))))
(check-sat)
(exit)
