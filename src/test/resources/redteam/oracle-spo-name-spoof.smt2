; equicert certificate (QF_LRA, checked by equicert's embedded SMTInterpol with proof checking)
; The assertions state the NEGATION of the claim: an unsat answer proves it.
; claim: the point A [1, 0], B [0, 1] is in the equilibrium set and no player has a stratified Pareto improvement (1 class)
; kind: oracle-spo
; subject: name spoof
; fingerprint: oracle-game sha256:095d199146cfbf54d350866e73b86bb9170959aac2f57f9981a9c3251100b92c
; tool: equicert 0.1.0
; data: {"kind":"oracle-spo","title":"name spoof","players":[{"name":"A [1, 0], B","outputs":["low","high"],"bestResponse":false,"bounds":[],"utility":[{"players":[0],"keys":[[0],[1]],"payoffs":["0","1"]}]}],"point":[["0","1"]],"classes":[{"members":[0],"pieces":[{"constraints":[[{"0":"1","1":"1"},"=","1"]],"vertices":[["1","0"],["0","1"]],"anchor":null,"trees":[["le"]]}]}]}
(set-info :status unsat)
(set-logic QF_LRA)
; x_p_o: probability that player p (0-based) gives output o at the claimed point
; player 0 = A [1, 0], B, outputs low, high
(define-fun x_0_0 () Real 0.0)
(define-fun x_0_1 () Real 1.0)
; class 1: its players move, everyone else stays at the point
(declare-fun c1_x_0_0 () Real)
(declare-fun c1_x_0_1 () Real)
; negation: the point breaks some player's relation, or some class slice has a point in no listed polytope
(assert (or (not (and (>= x_0_0 0.0) (>= x_0_1 0.0) (= (+ x_0_0 x_0_1) 1.0)))
    (and (and (>= c1_x_0_0 0.0) (>= c1_x_0_1 0.0) (= (+ c1_x_0_0 c1_x_0_1) 1.0)) (not (= (+ (* 1.0 c1_x_0_0) (* 1.0 c1_x_0_1)) 1.0)))))
(check-sat)
(exit)
