; equicert certificate (QF_NRA, the natural statement for external solvers (z3, cvc5))
; The assertions state the NEGATION of the claim: an unsat answer proves it.
; claim: the optimal expected payoff over profiles constant on the orbits {1,2} is exactly 1, attained at 1,0
; kind: symmetric-bound
; subject: Seed 001 Table 1c: large groups need both taxis (1 if both serve the same group, else 0)
; fingerprint: game sha256:c22a9ac0541e4267337d67435578452bfce8d89082814a7d783cc1d0dbc73489
; tool: equicert 0.1.0
; data: {"kind":"symmetric-bound","game":{"title":"Seed 001 Table 1c: large groups need both taxis (1 if both serve the same group, else 0)","actions":[2,2],"payoffs":[["1","0","0","1"],["1","0","0","1"]]},"orbits":[[0,1]],"bound":"1","tree":[["bound"]],"witness":[["1","0"]],"witnessValue":"1"}
(set-info :status unsat)
(set-logic QF_NRA)
(declare-fun s_1_1 () Real)
(declare-fun s_1_2 () Real)
; EU of the profile in which orbit o plays s_o (Bernstein form)
(define-fun eu () Real (+ (* 1.0 s_1_1 s_1_1) (* 1.0 s_1_2 s_1_2)))
(assert (and (>= s_1_1 0.0) (>= s_1_2 0.0) (= (+ s_1_1 s_1_2) 1.0) (> eu 1.0)))
(check-sat)
(exit)
