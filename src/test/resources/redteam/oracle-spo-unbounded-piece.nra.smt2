; equicert certificate (QF_NRA, the natural statement for external solvers (z3, cvc5))
; The assertions state the NEGATION of the claim: an unsat answer proves it.
; claim: the point A [0, 1] is in the equilibrium set and no player has a stratified Pareto improvement (1 class)
; kind: oracle-spo
; subject: one free player who prefers output 0
; fingerprint: oracle-game sha256:e4cc1a64a032ee6f75d411061f2a7946556c06ae0e5e548ae5b33811a7647a1a
; tool: equicert 0.1.0
; data: {"kind":"oracle-spo","title":"one free player who prefers output 0","players":[{"name":"A","outputs":["good","bad"],"bestResponse":false,"bounds":[],"utility":[{"players":[0],"keys":[[0],[1]],"payoffs":["1","0"]}]}],"point":[["0","1"]],"classes":[{"members":[0],"pieces":[{"constraints":[],"vertices":[["0","0"]],"anchor":null,"trees":[["le"]]}]}]}
(set-info :status unsat)
(set-logic QF_NRA)
; x_p_o: probability that player p (0-based) gives output o; every function below takes all of them
; player 0 = A
(define-fun U_0 ((x_0_0 Real) (x_0_1 Real)) Real
  (+ (* 1.0 x_0_0) (* 0.0 x_0_1)))
(define-fun rel_0 ((x_0_0 Real) (x_0_1 Real)) Bool
  (and (>= x_0_0 0.0) (>= x_0_1 0.0) (= (+ x_0_0 x_0_1) 1.0)))
; r_p_o: the claimed point, variables constrained to its probabilities
(declare-fun r_0_0 () Real)
(declare-fun r_0_1 () Real)
(assert (and (= r_0_0 0.0) (= r_0_1 1.0)))
; class 1 [0]: its players move (y1_p_o), everyone else stays at the point
(declare-fun y1_0_0 () Real)
(declare-fun y1_0_1 () Real)
; negation: the point is not in the equilibrium set, or a class slice has an equilibrium point in no listed polytope, or one that is a Pareto improvement for the class
(assert (or (not (rel_0 r_0_0 r_0_1))
    (and (rel_0 y1_0_0 y1_0_1) (not true))
    (and (rel_0 y1_0_0 y1_0_1) (>= (U_0 y1_0_0 y1_0_1) (U_0 r_0_0 r_0_1)) (> (U_0 y1_0_0 y1_0_1) (U_0 r_0_0 r_0_1)))))
(check-sat)
(exit)
