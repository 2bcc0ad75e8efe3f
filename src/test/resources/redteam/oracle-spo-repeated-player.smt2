; equicert certificate (QF_LRA, checked by equicert's embedded SMTInterpol with proof checking)
; The assertions state the NEGATION of the claim: an unsat answer proves it.
; claim: the point A [1, 0] is in the equilibrium set and no player has a stratified Pareto improvement (1 class)
; kind: oracle-spo
; subject: repeated player in a utility table
; fingerprint: oracle-game sha256:d0688b411c3f48efd7b92890f06759d630ac3e104c11a8af70e35a4a908e65f9
; tool: equicert 0.1.0
; data: {"kind":"oracle-spo","title":"repeated player in a utility table","players":[{"name":"A","outputs":["a","b"],"bestResponse":false,"bounds":[],"utility":[{"players":[0,0],"keys":[[0,1]],"payoffs":["4"]}]}],"point":[["1","0"]],"classes":[{"members":[0],"pieces":[{"constraints":[[{"0":"1","1":"1"},"=","1"]],"vertices":[["1","0"],["0","1"]],"anchor":null,"trees":[["le"]]}]}]}
(set-info :status unsat)
(set-logic QF_LRA)
; x_p_o: probability that player p (0-based) gives output o at the claimed point
; player 0 = A, outputs a, b
(define-fun x_0_0 () Real 1.0)
(define-fun x_0_1 () Real 0.0)
; class 1: its players move, everyone else stays at the point
(declare-fun c1_x_0_0 () Real)
(declare-fun c1_x_0_1 () Real)
; negation: the point breaks some player's relation, or some class slice has a point in no listed polytope
(assert (or (not (and (>= x_0_0 0.0) (>= x_0_1 0.0) (= (+ x_0_0 x_0_1) 1.0)))
    (and (and (>= c1_x_0_0 0.0) (>= c1_x_0_1 0.0) (= (+ c1_x_0_0 c1_x_0_1) 1.0)) (not (= (+ (* 1.0 c1_x_0_0) (* 1.0 c1_x_0_1)) 1.0)))))
(check-sat)
(exit)
