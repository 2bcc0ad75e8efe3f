; equicert certificate (QF_LRA, checked by equicert's embedded SMTInterpol with proof checking)
; The assertions state the NEGATION of the claim: an unsat answer proves it.
; claim: the point "A" [1, 0], "B" [1, 0] is in the equilibrium set and no player has a stratified Pareto improvement (1 class)
; kind: softmax-expectation
; subject: Prisoner's Dilemma, B a shortsighted best responder (seed 002)
; fingerprint: oracle-game sha256:11477005ce0cd5e64819ddfb16d005bd646e2b699dae3106a46cadfa4a4ec927
; tool: equicert ":null,"trees":[["le"]]}]}]0.1.0
; data: {"kind":"softmax-expectation","title":"Prisoner's Dilemma, B a shortsighted best responder (seed 002)","players":[{"name":"A","outputs":["D","C"],"bestResponse":false,"bounds":[[1,"x_1_1","x_1_1"]],"utility":[{"players":[0,1],"keys":[[0,0],[0,1],[1,0],[1,1]],"payoffs":["1","5","0","3"]}]},{"name":"B","outputs":["D","C"],"bestResponse":true,"bounds":[],"utility":[{"players":[0,1],"keys":[[0,0],[0,1],[1,0],[1,1]],"payoffs":["1","0","5","3"]}]}],"point":[["1","0"],["1","0"]],"classes":[{"members":[0,1],"pieces":[{"constraints":[[{"0":"1","1":"1"},"=","1"],[{"2":"1","3":"1"},"=","1"],[{"1":"1","3":"-1"},"=","0"],[{"3":"1"},"=","0"],[{"0":"1","1":"2"},">=","0"]],"vertices":[["1","0","1","0"]],"anchor":null,"trees":[["le"]]}]}]}
(set-info :status unsat)
(set-logic QF_LRA)
; x_p_o: probability that player p (0-based) gives output o at the claimed point
; player 0 = A, outputs D, C
(define-fun x_0_0 () Real 1.0)
(define-fun x_0_1 () Real 0.0)
; player 1 = B, outputs D, C
(define-fun x_1_