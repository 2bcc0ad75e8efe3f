; equicert certificate (QF_LRA, checked by equicert's embedded SMTInterpol with proof checking)
; The assertions state the NEGATION of the claim: an unsat answer proves it.
; claim: the point A [0, 1] is in the equilibrium set and no player has a stratified Pareto improvement (1 class)
; kind: oracle-spo
; subject: one free player who prefers output 0
; fingerprint: oracle-game sha256:e4cc1a64a032ee6f75d411061f2a7946556c06ae0e5e548ae5b33811a7647a1a
; tool: equicert 0.1.0
; data: {"kind":"oracle-spo","title":"one free player who prefers output 0","players":[{"name":"A","outputs":["good","bad"],"bestResponse":false,"bounds":[],"utility":[{"players":[0],"keys":[[0],[1]],"payoffs":["1","0"]}]}],"point":[["0","1"]],"classes":[{"members":[0],"pieces":[{"constraints":[],"vertices":[["0","0"]],"anchor":null,"trees":[["le"]]}]}]}
(set-info :status unsat)
(set-logic QF_LRA)
; x_p_o: probability that player p (0-based) gives output o at the claimed point
; player 0 = A, outputs good, bad
(define-fun x_0_0 () Real 0.0)
(define-fun x_0_1 () Real 1.0)
; class 1: its players move, everyone else stays at the point
(declare-fun c1_x_0_0 () Real)
(declare-fun c1_x_0_1 () Real)
; negation: the point breaks some player's relation, or some class slice has a point in no listed polytope
(assert (or (not (and (>= x_0_0 0.0) (>= x_0_1 0.0) (= (+ x_0_0 x_0_1) 1.0)))
    (and (and (>= c1_x_0_0 0.0) (>= c1_x_0_1 0.0) (= (+ c1_x_0_0 c1_x_0_1) 1.0)) (not true))))
(check-sat)
(exit)
